using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench.Engine.Ours;

/// <summary>
/// Smartflex sales inserted ahead, outside the measured runs: each run needs an order number of its own (a completed
/// dossier is never registered twice), and Smartflex must know it for the verification to pass. Concurrent drivers take
/// from it at once.
/// </summary>
public sealed class SalePool(IServiceProvider services)
{
    private const int Chunk = 2_000;
    private readonly ConcurrentQueue<string> _available = new();
    private int _next;

    public string Take() => _available.TryDequeue(out var order)
        ? order
        : throw new InvalidOperationException("The sale pool ran dry: call EnsureAsync with more before measuring.");

    public async Task EnsureAsync(int count)
    {
        while (_available.Count < count)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var orders = Enumerable.Range(_next, Chunk).Select(BenchInputs.OrderNumber).ToList();
            db.AddRange(orders.Select(BenchInputs.Sale));
            await db.SaveChangesAsync();
            _next += Chunk;
            foreach (var order in orders) _available.Enqueue(order);
        }
    }
}

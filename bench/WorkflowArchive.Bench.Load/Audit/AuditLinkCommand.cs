using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Bench.Load.Data;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Bench.Load.Audit;

/// <summary>
/// `audit-links`: N committed, unlinked audit entries on a fresh store, linked to the chain by the linker every host runs
/// (<see cref="AuditChainLinker"/>), in its passes of 500. Each pass holds the store's write turn (on SQLite, every move
/// of the host waits behind it), so what matters is the time and CPU a pass takes. A first round of entries is linked
/// before the measure, so the JIT has compiled the passes.
/// </summary>
public static class AuditLinkCommand
{
    public const string DatabaseName = "wa_bench_audit";

    private const int WarmUpEntries = 2_000;
    private const int SavedPerChunk = 2_000;

    public static async Task RunAsync(BenchStore store, int count, string output)
    {
        await using var services = await BenchServices.FreshAsync(store, new BenchClock(DossierRows.Noon));
        await SaveUnlinkedAsync(services, WarmUpEntries, 0);
        await LinkAsync(services);
        await SaveUnlinkedAsync(services, count, WarmUpEntries);

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var linked = await LinkAsync(services);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var passes = (linked + AuditChainLinker.PassSize - 1) / AuditChainLinker.PassSize;
        var intact = await VerifyAsync(services);

        new ResultFile($"Audit links, {store.Label}: {count:N0} unlinked entries")
            .Table(["Entries linked", "Passes", "Time (s)", "Per pass (ms)", "Process CPU per entry (µs)", "Chain intact"],
            [[
                linked.ToString("N0"), passes.ToString("N0"), ResultFile.Number(clock.Elapsed.TotalSeconds),
                ResultFile.Number(clock.Elapsed.TotalMilliseconds / Math.Max(1, passes)),
                ResultFile.Number(cpu.TotalMicroseconds / Math.Max(1, linked)), intact ? "yes" : "**no**",
            ]])
            .Line($"One process, one linker, passes of {AuditChainLinker.PassSize}; {WarmUpEntries:N0} entries linked first to warm up. " +
                  $"Durability: {await BenchServices.DurabilityAsync(services)}.")
            .WriteTo(Path.Combine(output, $"audit-links-{store.Provider}.md"));
    }

    /// <summary>Entries as saves leave them: committed, with no place in the chain yet.</summary>
    private static async Task SaveUnlinkedAsync(IServiceProvider services, int count, int first)
    {
        for (var saved = 0; saved < count; saved += SavedPerChunk)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            db.AddRange(Enumerable.Range(first + saved, Math.Min(SavedPerChunk, count - saved)).Select(i => AuditEntry.Of(
                "Dossier", $"SF-2027-{i:D6}", "Modified", DossierRows.Noon.AddSeconds(i), "gestora",
                new Dictionary<string, (object? Before, object? After)> { ["Status"] = ("Received", "Archived"), ["BoxCode"] = (null, $"A-{i % 40:D2}") })));
            await db.SaveChangesAsync();
        }
    }

    private static async Task<int> LinkAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None);
    }

    private static async Task<bool> VerifyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None)).Intact;
    }
}

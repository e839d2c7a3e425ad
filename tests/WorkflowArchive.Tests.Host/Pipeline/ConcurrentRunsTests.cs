using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;
using WorkflowArchive.Workflows.Runtime;
using Xunit.Abstractions;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// Sixteen people at once, each taking a dossier of their own from its binder to its box, then four sweeps at once firing
/// the retention timers into the boxes' remisiones: no run fails for another one's sake (issue #19), and every counter on
/// a shared row (a box's fill, a remisión's count) ends equal to what it counts.
/// </summary>
public abstract class ConcurrentRunsTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Drivers = 16;
    private const int Sweeps = 4;

    /// <summary>Small boxes: A-01 fills while dossiers race into it and the automatic choice moves on to A-02.</summary>
    private const int BoxCapacity = 10;

    private LifecycleHost _archive = null!;

    public async Task InitializeAsync() => _archive = await LifecycleHost.StartAsync(boxCapacity: BoxCapacity, provider: provider);

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Sixteen_full_runs_at_once_all_get_through_and_every_box_and_remision_counts_what_it_holds()
    {
        var orders = Enumerable.Range(1, Drivers).Select(i => $"SF-2027-{700 + i:000000}").ToList();
        using var measured = new EngineMeasurements(_archive.Factory.Services.GetRequiredService<EngineMetrics>());

        // Everyone registers and reviews; then everyone archives at the same moment: every fourth names box A-02, the
        // others let the archive choose (A-01 until it is full, then A-02).
        Assert.Empty(await AllAtOnceAsync(orders, async (order, _) =>
        {
            await DomainSeed.SaleAsync(_archive.Factory, DomainSeed.Sale(order));
            await _archive.RegisterBatchAsync("arojas", order);
            await _archive.Client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await _archive.ReviewAsync(order));
        }));
        Assert.Empty(await AllAtOnceAsync(orders, (order, i) => _archive.Client.WorkAsync(LifecycleHost.Manager, order, "Task_Archive", "gestora",
            new JsonObject { ["boxCode"] = i % 4 == 0 ? "A-02" : null })));

        _archive.Factory.Time.Advance(TimeSpan.FromDays(2 * 366 + 1));
        var fired = await Task.WhenAll(Enumerable.Range(0, Sweeps).Select(_ =>
            _archive.Factory.InScopeAsync(sp => sp.GetRequiredService<TimerSweepLane>().FireDueAsync())));
        Assert.Equal(Drivers, fired.Sum());

        var (boxes, dossiers, manifests, incidents) = await _archive.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            return (await db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Kind == LocationKind.Box).ToListAsync(),
                await db.Set<Dossier>().AsNoTracking().ToListAsync(),
                await db.Set<TransferManifest>().AsNoTracking().ToListAsync(),
                await db.Set<WorkflowInstance>().CountAsync(i => i.Status == InstanceStatus.Incident));
        });
        Assert.Equal(0, incidents);
        Assert.Equal(Drivers, dossiers.Count);
        Assert.All(dossiers, d => Assert.Equal(DossierStatus.InTransfer, d.Status));
        foreach (var box in boxes)
        {
            var inBox = dossiers.Where(d => d.BoxId == box.Id).ToList();
            Assert.Equal(inBox.Count, box.Filled);
            Assert.Equal(Enumerable.Range(1, box.Filled), inBox.Select(d => d.Position!.Value).Order());
        }
        Assert.Equal(BoxCapacity, boxes.Single(b => b.Code == "A-01").Filled);
        // One remisión per box that holds dossiers, counting exactly the dossiers on it.
        Assert.Equal(boxes.Count(b => b.Filled > 0), manifests.Count);
        foreach (var manifest in manifests)
        {
            Assert.Equal(ManifestStatus.Prepared, manifest.Status);
            Assert.Equal(dossiers.Count(d => d.ManifestId == manifest.Id), manifest.DossierCount);
        }
        Assert.Equal(Drivers, manifests.Sum(m => m.DossierCount));

        output.WriteLine($"{provider}: {Drivers} runs, 0 failed; moves run again after a lost race: {measured.Sum("workflow.move.retries")}, " +
                         $"refused as conflicts: {measured.Sum("workflow.move.conflicts")} (sweeps racing for one timer).");
    }

    /// <summary>Runs one step for every order at once; answers what failed (a run that fails stops there).</summary>
    private static async Task<List<string>> AllAtOnceAsync(IReadOnlyList<string> orders, Func<string, int, Task> step)
    {
        var outcomes = await Task.WhenAll(orders.Select(async (order, i) =>
        {
            try
            {
                await step(order, i);
                return null;
            }
            catch (Exception ex)
            {
                return $"{order}: {ex.Message}";
            }
        }));
        return outcomes.OfType<string>().ToList();
    }
}

public sealed class SqliteConcurrentRunsTests(ITestOutputHelper output) : ConcurrentRunsTests(DatabaseProvider.Sqlite, output);

[Trait("Provider", "Postgres")]
public sealed class PostgresConcurrentRunsTests(ITestOutputHelper output) : ConcurrentRunsTests(DatabaseProvider.Postgres, output);

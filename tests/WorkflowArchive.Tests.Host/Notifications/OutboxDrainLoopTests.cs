using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Notifications;

/// <summary>
/// A host with its background server delivers the outbox of the moves it commits at once, in its own process: it asks
/// Hangfire for no job per drain (each one's bookkeeping cost PostgreSQL more statements than the drain), and no wait for the
/// recurring sweep (here set to once a year).
/// </summary>
public sealed class OutboxDrainLoopTests
{
    [Fact]
    public async Task A_committed_move_has_its_outbox_delivered_by_its_own_host_without_a_hangfire_job()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var jobs = new JobsAskedFor();
        await using var factory = new ArchiveApiFactory(database, new Dictionary<string, string>
        {
            ["Background:RunServer"] = "true",
            ["Background:OutboxSweepCron"] = "0 0 0 1 1 *",
        }, testServices: services => services.AddSingleton<IBackgroundJobClient>(jobs));
        var archive = LifecycleHost.On(factory);
        await DomainSeed.AdvisorsAndBoxesAsync(factory);
        const string order = "SF-2027-000980";
        await DomainSeed.SaleAsync(factory, DomainSeed.Sale(order));

        await archive.RegisterBatchAsync("arojas", order);

        var undelivered = await Eventually.ReadAsync(() => factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.ProcessedAt == null)), count => count == 0, TimeSpan.FromSeconds(20));
        Assert.Equal(0, undelivered);
        var delivered = await factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<OutboxMessage>().CountAsync());
        Assert.True(delivered > 0, "the binder's moves wrote no outbox message");
        Assert.DoesNotContain(nameof(BackgroundJobs.DrainOutboxAsync), jobs.Methods);
    }

    /// <summary>
    /// Stands in for Hangfire's job client and only notes what was asked of it (Hangfire's storage is process-wide, and
    /// other tests' hosts come and go beside this one).
    /// </summary>
    private sealed class JobsAskedFor : IBackgroundJobClient
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _methods = new();

        public IReadOnlyCollection<string> Methods => _methods;

        public string Create(Job job, IState state)
        {
            _methods.Enqueue(job.Method.Name);
            return _methods.Count.ToString();
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => false;
    }
}

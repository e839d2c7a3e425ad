using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// On SQLite a group-commit batch links its moves' audit entries as it writes them, from the chain's head the host
/// keeps: no linker pass has to write them a second time. A head that moved on behind the host's back costs the batch a
/// rerun, never a broken chain.
/// </summary>
public sealed class AuditChainInBatchTests() : HostedTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Two_reviews_in_one_batch_have_their_entries_linked_when_it_commits()
    {
        string[] orders = ["SF-2027-000961", "SF-2027-000962"];
        var tasks = new List<Host.Application.TaskView>();
        foreach (var order in orders) tasks.Add(await Archive.ReviewWaitingAsync(order));
        await LinkPendingAsync();
        var reviews = await Task.WhenAll(orders.Select(order => Archive.ReviewAsync(order)));
        var before = await LastEntryAsync();
        Factory.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(2);

        await Task.WhenAll(tasks.Select((task, i) => CompleteAsync(task.Id, reviews[i])));

        var entries = await EntriesAfterAsync(before);
        // The dossier and each of its documents, for both reviews; linked with no linker pass since the binders'.
        Assert.True(entries.Count >= 4, $"{entries.Count} entries");
        Assert.All(entries, e => Assert.NotNull(e.Sequence));
        Assert.Equal(Enumerable.Range((int)entries[0].Sequence!.Value, entries.Count).Select(s => (long?)s), entries.Select(e => e.Sequence));
        var report = await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None));
        Assert.True(report.Intact, report.Message);
    }

    [Fact]
    public async Task A_head_that_moved_on_elsewhere_costs_the_batch_a_rerun_and_the_next_batch_links_again()
    {
        var first = await Archive.ReviewWaitingAsync("SF-2027-000963");
        var second = await Archive.ReviewWaitingAsync("SF-2027-000964");
        await LinkPendingAsync();
        // As if another process had linked an entry since: the host's head is one link behind the store's.
        await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var head = await AuditChainHeads.ReadAsync(db, CancellationToken.None);
            sp.GetRequiredService<AuditChainHeads>().Set(db, new AuditChainHeads.Head(head.Sequence - 1, "0"));
            return head;
        });

        // The batch's first entry takes a place already taken: the batch rolls back and the review writes again on its own.
        await CompleteAsync(first.Id, await Archive.ReviewAsync("SF-2027-000963"));
        Assert.Equal(DossierStatus.Classified, (await Archive.DossierAsync("SF-2027-000963")).Status);
        // The host forgot the head it had wrong; the next batch asks the store and links its entries.
        var before = await LastEntryAsync();
        await CompleteAsync(second.Id, await Archive.ReviewAsync("SF-2027-000964"));
        var linked = await EntriesAfterAsync(before);
        Assert.NotEmpty(linked);
        Assert.All(linked, e => Assert.NotNull(e.Sequence));

        await LinkPendingAsync();
        var report = await Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None));
        Assert.True(report.Intact, report.Message);
        Assert.Equal(0, await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().CountAsync(e => e.Sequence == null)));
    }

    /// <summary>What a host does at start-up: links what is pending and learns where the chain ends.</summary>
    private Task<int> LinkPendingAsync() =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainLinker>().LinkPendingAsync(CancellationToken.None));

    private async Task CompleteAsync(Guid task, System.Text.Json.Nodes.JsonObject review) =>
        (await Client.Http.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = review }, "gestora")).EnsureSuccessStatusCode();

    private Task<long> LastEntryAsync() => Factory.InScopeAsync(async sp =>
        await sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().MaxAsync(e => (long?)e.Id) ?? 0);

    /// <summary>The entries written about dossiers and their documents after entry <paramref name="after"/>, in the order written.</summary>
    private Task<List<AuditEntry>> EntriesAfterAsync(long after) => Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Id > after && (e.ObjectType == "Dossier" || e.ObjectType == "DossierDocument")).OrderBy(e => e.Id).ToListAsync());
}

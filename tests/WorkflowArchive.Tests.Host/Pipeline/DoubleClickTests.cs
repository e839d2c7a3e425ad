using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// The manager double-clicks "Completar" on a review: two completions of one task arrive together. On SQLite both land in
/// one group-commit batch (the writer waits for the second), whose write finds the task and the dossier changed twice and
/// runs them again one by one. Either way one review counts, the other click gets a 409 in Spanish, and nothing of it is
/// written twice.
/// </summary>
public abstract class DoubleClickTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_review_completed_twice_at_once_counts_once_and_the_second_click_is_a_409()
    {
        const string order = "SF-2027-000981";
        var task = await Archive.ReviewWaitingAsync(order);
        var review = await Archive.ReviewAsync(order);
        if (Provider == DatabaseProvider.Sqlite) Factory.Services.GetRequiredService<GroupCommitWriter>().HoldNextBatchUntil(2);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = review }, "gestora")));

        Assert.Single(answers, a => a.IsSuccessStatusCode);
        var refused = await Assert.Single(answers, a => !a.IsSuccessStatusCode).ProblemAsync((int)HttpStatusCode.Conflict);
        var told = Assert.Single(new[] { EngineTexts.TaskAlreadyCompleted, EngineTexts.ConcurrentChange }, key => key.Code == refused.Code());
        TextAssert.MadeFrom(told, refused.GetProperty("detail").GetString());
        var dossier = await Archive.DossierAsync(order);
        var (documents, completions, openTasks) = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            return (await db.Set<DossierDocument>().CountAsync(d => d.DossierId == dossier.Id),
                await db.Set<JournalEntry>().CountAsync(j => j.InstanceId == task.InstanceId && j.Action == JournalAction.TaskCompleted),
                await db.Set<UserTask>().CountAsync(t => t.InstanceId == task.InstanceId && (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed)));
        });
        // One checklist row per document reviewed, one completion, and the next step's task once.
        Assert.Equal(review["documents"]!.AsArray().Count, documents);
        Assert.Equal(1, completions);
        Assert.Equal(1, openTasks);
    }
}

public sealed class SqliteDoubleClickTests() : DoubleClickTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresDoubleClickTests() : DoubleClickTests(DatabaseProvider.Postgres);

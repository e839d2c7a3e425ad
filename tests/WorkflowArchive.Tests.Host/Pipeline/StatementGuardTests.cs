using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;
using Xunit.Abstractions;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// The statement guard: a full run of the procedure, driven as staff drive it (binder, review with a return, correction,
/// review, archive, retention timer, Condebamba's receipt), may not send more SQL statements in its moves than it did
/// when this guard was set. A change that adds statements to the path fails here; one that removes some lowers the bound.
/// No save of the run may read the audit chain's head: entries are linked after their commit, or on SQLite by their
/// group-commit batch from the head the host keeps.
/// </summary>
public abstract class StatementGuardTests(DatabaseProvider provider, ITestOutputHelper output) : HostedTest(provider)
{
    /// <summary>Statements of all the run's moves (claims included), as measured when the guard was set; never raise it to pass.</summary>
    protected abstract int Bound { get; }

    [Fact]
    public async Task A_full_run_sends_no_more_statements_than_when_the_guard_was_set()
    {
        const string order = "SF-2027-000950";
        // Another order's binder first: a host's very first start also reads its definition, which a host then keeps, so a
        // run measured first in its class would count one statement more than one measured after another test.
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale("SF-2027-000949"));
        await Archive.RegisterBatchAsync("arojas", "SF-2027-000949");
        // A host learns where its audit chain ends when it starts (on SQLite its batches link from there); a pooled host
        // moved to this fresh database has not yet: the linker's pass that verifying runs first tells it.
        await Client.Http.GetAsync("/api/audit/verify", "admin");
        using var measured = new EngineMeasurements(Factory.Services.GetRequiredService<EngineMetrics>());
        var connection = await Factory.ConnectionStringAsync();
        using var seen = new CommandsSeen(connection);

        await FullRunByStaff.DriveAsync(Archive, order);

        var moves = measured.Of("workflow.move.statements");
        // On SQLite the group-commit writer sends the moves' appended rows itself, once per batch: they count as well.
        var forTheirBatches = (int)measured.Sum("workflow.commit.statements");
        var statements = (int)moves.Sum(m => m.Value) + forTheirBatches;
        output.WriteLine($"{Provider}: a full run sent {statements} statements in {moves.Count} moves (bound {Bound}), {forTheirBatches} of them by their batches: " +
                         string.Join(", ", moves.GroupBy(m => m.Kind).Select(g => $"{g.Key} {g.Count()}x = {g.Sum(m => m.Value)}")));
        Assert.All(moves, m => Assert.Equal("committed", m.Outcome));
        Assert.InRange(statements, 1, Bound);

        SavesLeaveTheChainHeadAlone(seen.InOrder());
        // The audit entries went through the append buffer, one INSERT per save (on SQLite linked by their batch): they must verify.
        var report = await (await Client.Http.GetAsync("/api/audit/verify", "admin")).ReadAsync<AuditChainReport>();
        Assert.True(report.Intact, report.Message);
        Assert.True(report.CheckedEntries > 10, $"{report.CheckedEntries} entries checked");
        // The first review adds the dossier's required documents (five here) with one INSERT, not one per document:
        // several VALUES groups, or on SQLite one JSON parameter.
        var documents = Assert.Single(seen.InOrder(), c => c.Sql.StartsWith("INSERT INTO dossier_documents"));
        Assert.True(documents.Sql.Contains("), (") || documents.Sql.Contains("json_each"), documents.Sql);
        // On PostgreSQL the save's own rows travel in that same command (one round trip): the task it opens, its
        // journal, outbox, history and audit rows, and the UPDATEs of its dossier, instance and task (each checked in the
        // server). SQLite, where nothing travels, takes them one statement at a time.
        string[] joined = ["INSERT INTO wf_user_tasks", "INSERT INTO wf_journal", "INSERT INTO wf_outbox", "INSERT INTO dossier_events", "INSERT INTO audit_entries",
            "UPDATE dossiers", "UPDATE wf_instances", "UPDATE wf_user_tasks"];
        Assert.All(joined, statement => Assert.Equal(Provider == DatabaseProvider.Postgres, documents.Sql.Contains(statement)));
        // That command is the whole save there: no transaction is begun for it, PostgreSQL runs it as one implicit
        // transaction. SQLite's goes in its group commit's transaction.
        Assert.Equal(Provider == DatabaseProvider.Postgres, seen.WithoutTransaction().Contains(documents.Sql));
    }

    [Fact]
    public async Task A_sale_started_on_its_own_asks_once_each_for_its_definition_and_instance_its_dossier_and_its_references()
    {
        const string order = "SF-2027-000951";
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        var connection = await Factory.ConnectionStringAsync();
        using var seen = new CommandsSeen(connection);

        var instance = await Client.StartAsync("gestion-documental", order, ProcedureInputs.SaleVariables());

        Assert.Equal("Active", instance.Status);
        // Whether the order already has a running instance is asked together with which version is the latest.
        var running = Assert.Single(seen.InOrder(), c => c.Sql.StartsWith("SELECT") && c.Sql.Contains("FROM wf_instances"));
        Assert.Contains("FROM wf_definitions", running.Sql);
        // Registering finds no dossier for the order and creates it; asking again before the insert would only repeat the answer.
        Assert.Single(seen.InOrder(), c => c.Sql.StartsWith("SELECT") && c.Sql.Contains("FROM dossiers"));
        Assert.Single(seen.InOrder(), c => c.Sql.Contains("INSERT INTO dossiers ("));
        var references = Assert.Single(seen.InOrder(), c => c.Sql.Contains("FROM advisors") || c.Sql.Contains("FROM service_types") || c.Sql.Contains("FROM transaction_types"));
        Assert.True(references.Sql.Contains("FROM advisors") && references.Sql.Contains("FROM service_types") && references.Sql.Contains("FROM transaction_types"), references.Sql);
    }

    [Fact]
    public async Task A_dossier_archived_without_a_named_box_goes_to_the_box_its_check_found_without_asking_again()
    {
        const string order = "SF-2027-000952";
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", order);
        await Client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await Archive.ReviewAsync(order));
        var task = await Client.OpenTaskAsync(LifecycleHost.Manager, order, "Task_Archive");
        await (await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/claim", null, "gestora")).ReadAsync<TaskView>();
        var connection = await Factory.ConnectionStringAsync();
        using var seen = new CommandsSeen(connection);

        var done = await (await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = new JsonObject() }, "gestora"))
            .ReadAsync<InstanceSummary>();

        Assert.Equal("Active", done.Status);
        Assert.Single(seen.InOrder(), c => c.Sql.StartsWith("SELECT") && c.Sql.Contains("FROM archive_locations") && c.Sql.Contains("Closed"));
        var box = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().Where(d => d.OrderNumber == order)
            .Join(sp.GetRequiredService<ArchiveDbContext>().Set<ArchiveLocation>(), d => d.BoxId, l => l.Id, (d, l) => l.Code).SingleAsync());
        Assert.Equal("A-01", box);
    }

    /// <summary>
    /// Saves write their audit entries unlinked, so no save of the run reads the chain's head or takes the linkers' lock
    /// (which would make every move of every host wait for the others); the entries were written all the same.
    /// </summary>
    private static void SavesLeaveTheChainHeadAlone(List<(DbContext Context, string Sql)> commands)
    {
        Assert.DoesNotContain(commands, c => c.Sql.Contains("FROM audit_entries") || c.Sql.Contains("pg_advisory_xact_lock"));
        Assert.True(commands.Count(c => c.Sql.Contains("INSERT INTO audit_entries")) > 5, "the run's saves wrote no audit entries");
    }
}

public sealed class SqliteStatementGuardTests(ITestOutputHelper output) : StatementGuardTests(DatabaseProvider.Sqlite, output)
{
    // Measured 2026-11-30 on a fresh host (the first move also read its definition): 209 with the name-word index;
    // 126-127 since the append buffer writes journal, outbox, audit, dossier-history and name-word rows with one INSERT
    // per table and move, and a review reads its dossier and requirement set once; 123 since a move adds the rows of one
    // table (a review's documents) with one INSERT; 116 since saves write audit entries unlinked (no head read per save);
    // 115 since the archive takes from the tracker the box its form check read; 114 since the start's verification takes
    // the sale the binder's check read in the same request; 109 since a completion reads its task and instance together;
    // 107 since the correction takes from the tracker the open return and documents its form check read; 106 since an
    // order's advisor, service and transaction are checked with one statement; 105 since a start asks for its definition
    // and for a running instance together; 96 since reviews, the correction's check, the archive, the reception and a
    // retention timer fired on its own read their dossier together with what else they need of it (documents and set in
    // force, open return and required documents, retention period, remisión, loans out); 95 since a completion reads its
    // task's timers with the task and its instance.
    protected override int Bound => 95;
}

[Trait("Provider", "Postgres")]
public sealed class PostgresStatementGuardTests(ITestOutputHelper output) : StatementGuardTests(DatabaseProvider.Postgres, output)
{
    // Measured 2026-11-30 on a fresh host: 216 with the name-word index (the box lock and the audit chain's advisory lock are
    // statements here); 135 with the append buffer (one INSERT per append-only table and move); 131 with a move's added
    // rows of one table in one INSERT; 117 since saves write audit entries unlinked (no advisory lock, no head read); 116
    // since the archive takes from the tracker the box its form check read; 115 since the start's verification takes the
    // sale the binder's check read in the same request; 110 since a completion reads its task and instance together; 108
    // since the correction takes from the tracker the open return and documents its form check read; 107 since an
    // order's advisor, service and transaction are checked with one statement; 106 since a start asks for its definition
    // and for a running instance together; 97 since reviews, the correction's check, the archive, the reception and a
    // retention timer fired on its own read their dossier together with what else they need of it; 96 since a completion
    // reads its task's timers with the task and its instance.
    protected override int Bound => 96;
}

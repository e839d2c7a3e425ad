using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// SQLite statements stay prepared (issue #19, item 2): the host keeps its connections open from one scope to the next,
/// and each keeps the statements it compiled, through group-committed moves too. A connection a scope leaves inside a
/// transaction is closed, never lent again; a query nested in another with the same SQL gets a statement of its own; a
/// connection keeps at most its limit, the least recently used going first.
/// </summary>
public sealed class KeptStatementsTests() : HostedTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Warm_reviews_run_their_statements_without_compiling_them_again()
    {
        string[] orders = [.. Enumerable.Range(981, 8).Select(n => $"SF-2027-000{n}")];
        foreach (var order in orders) await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", orders);
        await ReviewAsync(orders[..2]);

        using var measured = new EngineMeasurements(Factory.Services.GetRequiredService<EngineMetrics>());
        using var seen = new CommandsSeen(await Factory.ConnectionStringAsync());
        await ReviewAsync(orders[2..]);
        var (run, compiled) = (seen.InOrder().Count, measured.Sum(Compiled));

        // Each review opens its task, checks access, completes it (a group-committed move) and links its audit trail.
        // Compiled afresh for each command, as before, there would be more compiled than run (102 against 90); kept, none,
        // or (on a busy machine) what a connection opened meanwhile for work running alongside compiles for itself.
        Assert.True(run >= 60, $"six reviews ran {run} statements: the count does not see them");
        Assert.True(compiled * 2 <= run, $"six warm reviews ran {run} statements and compiled {compiled}: statements are not kept");
        // Through the group-commit writer: a move sets its kept connection aside while it writes on the writer's.
        Assert.True(measured.Sum("workflow.commit.batch_size") >= 6, "the reviews' moves did not go through the group-commit writer");
    }

    [Fact]
    public async Task A_connection_a_scope_leaves_inside_a_transaction_is_closed_and_the_next_scope_writes_at_once()
    {
        var abandoned = await Factory.InScopeAsync(async sp =>
        {
            var connection = (SqliteConnection)sp.GetRequiredService<ArchiveDbContext>().Database.GetDbConnection();
            // A write the scope never commits: kept open, it would hold SQLite's write lock for whoever came next.
            var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE advisors SET \"Name\" = 'Nunca confirmado' WHERE \"Code\" = 'arojas'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
            return connection;
        });

        Assert.Equal(ConnectionState.Closed, abandoned.State);
        var name = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            // Two seconds, not the host's thirty: the lock must already be gone.
            db.Database.SetCommandTimeout(2);
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 2000");
            var advisor = await db.Set<Advisor>().SingleAsync(a => a.Code == "arojas");
            advisor.Name = "Ana Rojas";
            await db.SaveChangesAsync();
            return advisor.Name;
        });
        Assert.Equal("Ana Rojas", name);
        Assert.Equal("Ana Rojas", await Factory.InScopeAsync(sp =>
            sp.GetRequiredService<ArchiveDbContext>().Set<Advisor>().Where(a => a.Code == "arojas").Select(a => a.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_query_nested_in_its_own_reader_gets_a_statement_of_its_own()
    {
        var pairs = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var seen = new List<(string Outer, int Inner)>();
            await foreach (var code in Codes(db).AsAsyncEnumerable())
                seen.Add((code, (await Codes(db).ToListAsync()).Count));
            return seen;
        });

        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair => Assert.Equal(pairs.Count, pair.Inner));

        static IQueryable<string> Codes(ArchiveDbContext db) => db.Set<Advisor>().AsNoTracking().OrderBy(a => a.Code).Select(a => a.Code);
    }

    [Fact]
    public async Task A_connection_keeps_its_limit_of_statements_the_least_recently_used_going_first()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wa-kept-{Guid.NewGuid():N}.db");
        using var metrics = new EngineMetrics();
        using var measured = new EngineMeasurements(metrics);
        using var keeper = new SqliteConnectionKeeper(metrics);
        using var connection = keeper.Take($"Data Source={file};Pooling=False");
        for (var i = 0; i < KeptSqliteConnection.StatementsKept + 50; i++) await ScalarAsync(connection, $"SELECT {i}");
        var made = measured.Sum(Compiled);

        // The last ones run are still there; the first ones made way.
        await ScalarAsync(connection, $"SELECT {KeptSqliteConnection.StatementsKept + 49}");
        Assert.Equal(made, measured.Sum(Compiled));
        await ScalarAsync(connection, "SELECT 0");
        Assert.Equal(made + 1, measured.Sum(Compiled));
        Assert.Equal(KeptSqliteConnection.StatementsKept, connection.Statements.Count);

        connection.Close();
        Assert.Equal(0, connection.Statements.Count);
        File.Delete(file);
    }

    private const string Compiled = "workflow.sqlite.statements_compiled";

    private async Task ReviewAsync(string[] orders)
    {
        foreach (var order in orders)
        {
            var task = await Client.OpenTaskAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist");
            var completed = await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = await Archive.ReviewAsync(order) }, "gestora");
            completed.EnsureSuccessStatusCode();
        }
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

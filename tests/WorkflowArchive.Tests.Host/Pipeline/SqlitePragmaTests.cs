using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>What every SQLite connection of the host is told when it first opens (<see cref="SqliteConnectionPragmas"/>).</summary>
public sealed class SqlitePragmaTests() : HostedTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Each_connection_waits_for_the_write_lock_keeps_the_default_cache_and_checkpoints_its_log_less_often()
    {
        var pragmas = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            await db.Database.OpenConnectionAsync();
            async Task<string> Read(string pragma)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"PRAGMA {pragma}";
                return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
            }
            return (BusyTimeout: long.Parse(await Read("busy_timeout")), Cache: await Read("cache_size"), Checkpoint: await Read("wal_autocheckpoint"),
                Journal: await Read("journal_mode"));
        });

        Assert.True(pragmas.BusyTimeout >= 1_000, $"busy_timeout {pragmas.BusyTimeout}");
        Assert.Equal(("-2000", "16384", "wal"), (pragmas.Cache, pragmas.Checkpoint, pragmas.Journal));
    }

    [Fact]
    public async Task The_host_copies_its_log_into_the_store_on_a_connection_of_its_own()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale("SF-2027-000976"));
        await Archive.RegisterBatchAsync("arojas", "SF-2027-000976");
        var checkpoints = Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<SqliteLogCheckpoints>().Single();

        var pass = await checkpoints.PassAsync(CancellationToken.None);

        Assert.True(pass is { AllCopied: true, LogPages: > 0 }, pass.ToString());
    }

    [Fact]
    public async Task SQLite_keeps_no_statistics_of_its_memory()
    {
        // Told before the first connection of the process (SqliteFirst, as the host tells it at its start).
        Assert.Equal(raw.SQLITE_OK, SqliteProcessSettings.Apply());
        string[] orders = ["SF-2027-000975"];
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(orders[0]));
        await Archive.RegisterBatchAsync("arojas", orders);

        // Counted, every allocation SQLite made for the host's connections, caches and statements would show here.
        Assert.Equal(0, raw.sqlite3_memory_used());
    }

    [Fact]
    public async Task A_timer_sweep_widens_its_connections_cache_for_its_batches_and_leaves_it_at_the_default()
    {
        string[] orders = ["SF-2027-000970", "SF-2027-000971"];
        foreach (var order in orders)
        {
            await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
            await Archive.RegisterBatchAsync("arojas", order);
            await Client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await Archive.ReviewAsync(order));
            await Client.WorkAsync(LifecycleHost.Manager, order, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-01" });
        }
        Factory.Time.Advance(TimeSpan.FromDays(2 * 366 + 2));
        using var seen = new CommandsSeen(await Factory.ConnectionStringAsync());

        Assert.Equal(2, await Archive.FireDueTimersAsync());

        var sent = seen.InOrder().Select(c => c.Sql).ToList();
        var widened = sent.IndexOf("PRAGMA cache_size = -32768");
        var narrowed = sent.IndexOf("PRAGMA cache_size = -2000");
        Assert.True(widened >= 0 && narrowed > widened, string.Join("\n", sent));
        var writes = sent.Select((sql, i) => (sql, i)).Where(c => c.sql.StartsWith("INSERT") || c.sql.StartsWith("UPDATE")).Select(c => c.i).ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, i => Assert.InRange(i, widened + 1, narrowed - 1));
    }

    [Fact]
    public async Task A_sweep_with_nothing_due_asks_once_and_neither_widens_the_cache_nor_takes_the_write_lock()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale("SF-2027-000972"));
        await Archive.RegisterBatchAsync("arojas", "SF-2027-000972");
        using var seen = new CommandsSeen(await Factory.ConnectionStringAsync());

        Assert.Equal(0, await Archive.FireDueTimersAsync());

        // The backlog's count, and nothing a lane would send (a cache PRAGMA, the claim under BEGIN IMMEDIATE).
        var sql = Assert.Single(seen.InOrder()).Sql;
        Assert.Contains("COUNT(*)", sql);
        Assert.Contains("wf_timers", sql);
    }

    [Fact]
    public async Task A_pooled_connection_is_told_once_not_on_every_open()
    {
        // Each native connection seen for the first time gets a setting of its own; when the pool hands it out again, the
        // opening must not have told it the host's settings once more.
        var marked = new HashSet<object>();
        var reopened = 0;
        for (var open = 0; open < 40 && reopened < 3; open++)
        {
            await Factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<ArchiveDbContext>();
                await db.Database.OpenConnectionAsync();
                var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
                await using var command = connection.CreateCommand();
                if (marked.Add(connection.Handle!))
                {
                    command.CommandText = "PRAGMA cache_size = -1000";
                    await command.ExecuteNonQueryAsync();
                }
                else
                {
                    command.CommandText = "PRAGMA cache_size";
                    Assert.Equal(-1000L, (long)(await command.ExecuteScalarAsync())!);
                    reopened++;
                }
                await db.Database.CloseConnectionAsync();
                return 0;
            });
        }
        Assert.Equal(3, reopened);
    }
}

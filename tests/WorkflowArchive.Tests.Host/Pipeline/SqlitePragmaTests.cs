using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>What every SQLite connection of the host is told as it opens (<see cref="SqliteConnectionPragmas"/>).</summary>
public sealed class SqlitePragmaTests() : HostedTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Each_connection_waits_for_the_write_lock_keeps_a_larger_cache_and_checkpoints_its_log_less_often()
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
        Assert.Equal(("-32768", "16384", "wal"), (pragmas.Cache, pragmas.Checkpoint, pragmas.Journal));
    }
}

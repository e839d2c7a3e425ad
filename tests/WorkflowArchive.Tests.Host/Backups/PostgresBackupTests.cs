using Npgsql;
using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Backups;

/// <summary>Backup and restore of the PostgreSQL store through pg_dump -Fc and pg_restore (postgresql-client on the PATH).</summary>
public sealed class PostgresBackupTests
{
    [Fact]
    public async Task A_pg_dump_backup_restores_into_a_new_database_with_the_same_row_counts_and_verifies_clean()
    {
        Assert.True(PgTools.Find("pg_dump") is not null && PgTools.Find("pg_restore") is not null, "scripts/provision-postgres.sh installs postgresql-client");
        await using var live = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var folder = BackupCommands.FreshFolder();

        var (exit, output) = await BackupCommands.RunAsync(BackupCommands.On("Postgres", live.ConnectionString, "backup", "--to", folder + "/"));
        Assert.True(exit == 0, output);
        var backup = Assert.Single(Directory.GetFiles(folder, "*.dump"));
        var manifest = (await BackupManifest.ReadAsync(BackupManifest.PathFor(backup), CancellationToken.None))!;
        Assert.True(manifest.RowCounts["wf_definitions"] > 0);

        await using var target = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        var (restored, report) = await BackupCommands.RunAsync(BackupCommands.On("Postgres", target.ConnectionString, "restore", "--from", backup));
        Assert.True(restored == 0, report);

        await using (var connection = new NpgsqlConnection(target.ConnectionString))
        {
            await connection.OpenAsync();
            var counts = await StoreFacts.RowCountsAsync(connection, DatabaseProvider.Postgres, null, CancellationToken.None);
            Assert.Equal(manifest.RowCounts, counts);
        }
        var (verified, verifyOutput) = await BackupCommands.RunAsync(BackupCommands.On("Postgres", target.ConnectionString, "verify"));
        Assert.True(verified == 0, verifyOutput);

        // A second restore into the now full database is refused.
        var (again, refusal) = await BackupCommands.RunAsync(BackupCommands.On("Postgres", target.ConnectionString, "restore", "--from", backup));
        Assert.Equal(1, again);
        Assert.Contains("no está vacía", refusal);
    }
}

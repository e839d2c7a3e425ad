using Npgsql;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// The contexts' PostgreSQL connections go back to the pool without Npgsql's reset (<see cref="PostgresConnectionDefaults"/>):
/// what a request left in its transaction must still be gone when the next request gets the connection, and what the
/// session kept shows that no reset ran, which is why the host's code sets only <c>SET LOCAL</c> settings.
/// </summary>
[Trait("Provider", "Postgres")]
public sealed class PostgresSessionReuseTests
{
    [Fact]
    public async Task A_connection_given_back_mid_transaction_comes_back_rolled_back_but_not_reset()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Postgres);
        // The host's string, in a pool of one of its own: the second open gets the first one's session.
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(database.ConnectionString))
            { MaxPoolSize = 1, ApplicationName = nameof(PostgresSessionReuseTests) }.ConnectionString;

        int firstSession;
        await using (var first = new NpgsqlConnection(connectionString))
        {
            await first.OpenAsync();
            firstSession = await ScalarAsync<int>(first, "SELECT pg_backend_pid()");
            await ScalarAsync<object>(first, "SET statement_timeout = 4321");
            await using var transaction = await first.BeginTransactionAsync();
            await ScalarAsync<object>(first, "CREATE TABLE left_by_a_failed_request (id int)");
            await ScalarAsync<object>(first, "SET LOCAL lock_timeout = 1234");
            // Given back without a commit, as a request that threw.
        }

        await using var next = new NpgsqlConnection(connectionString);
        await next.OpenAsync();
        Assert.Equal(firstSession, await ScalarAsync<int>(next, "SELECT pg_backend_pid()"));
        Assert.Null(await ScalarAsync<string>(next, "SELECT to_regclass('left_by_a_failed_request')::text"));
        Assert.Equal("0", await ScalarAsync<string>(next, "SHOW lock_timeout"));
        Assert.Equal("4321ms", await ScalarAsync<string>(next, "SHOW statement_timeout"));
    }

    private static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }
}

using Npgsql;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Hosting;

public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_of_them_gets_prepared_statements_and_no_reset_and_keeps_the_rest()
    {
        var completed = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=archivo;Username=app;Maximum Pool Size=30"));

        Assert.Equal((PostgresConnectionDefaults.MaxAutoPrepare, true, "db", "archivo", "app", 30),
            (completed.MaxAutoPrepare, completed.NoResetOnClose, completed.Host, completed.Database, completed.Username, completed.MaxPoolSize));
    }

    [Theory]
    [InlineData("Max Auto Prepare", "0")]
    [InlineData("Max Auto Prepare", "10")]
    [InlineData("MaxAutoPrepare", "10")]
    [InlineData("No Reset On Close", "false")]
    [InlineData("NoResetOnClose", "false")]
    [InlineData("No Reset On Close", "true")]
    public void An_operator_who_set_one_keeps_their_value(string setting, string value)
    {
        var completed = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply($"Host=db;Database=archivo;{setting}={value}"));

        Assert.Equal(new NpgsqlConnectionStringBuilder($"{setting}={value}")[setting], completed[setting]);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Api;

/// <summary>The host's clock keeps the configured instant and reads local time in Archive:TimeZone.</summary>
public sealed class ArchiveClockTests
{
    [Fact]
    public void Local_time_is_the_archives_even_when_utc_is_already_the_next_day()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clock:Now"] = "2027-06-21T02:00:00Z",
            ["Archive:TimeZone"] = "America/La_Paz",
        }).Build();

        var clock = new ServiceCollection().AddArchiveClock(configuration).BuildServiceProvider().GetRequiredService<TimeProvider>();

        Assert.InRange(clock.GetUtcNow() - new DateTimeOffset(2027, 6, 21, 2, 0, 0, TimeSpan.Zero), TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.Equal((new DateTime(2027, 6, 20), TimeSpan.FromHours(-4)), (clock.GetLocalNow().Date, clock.GetLocalNow().Offset));
    }
}

/// <summary>A binder registered late in the evening in La Paz is numbered with that day, not with UTC's next one.</summary>
public sealed class BatchNumberDateTests() : HostedTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task The_batch_number_carries_the_la_paz_date()
    {
        Factory.Time.SetUtcNow(new DateTimeOffset(2027, 6, 21, 2, 0, 0, TimeSpan.Zero));
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale("SF-2027-000951"));

        await Archive.RegisterBatchAsync("arojas", "SF-2027-000951");

        var page = await Archive.Http.GetFromJsonAsync<JsonElement>("/api/batches");
        Assert.StartsWith("LOTE-20270620-", page.GetProperty("items")[0].GetProperty("number").GetString());
    }
}

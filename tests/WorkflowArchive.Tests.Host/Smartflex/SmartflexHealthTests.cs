using System.Text.Json;
using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>/health/ready tells which Smartflex source answers, and only the simulator is flagged (without failing readiness).</summary>
public sealed class SmartflexHealthTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task With_nothing_configured_the_simulator_answers_and_readiness_says_so_as_degraded()
    {
        await using var factory = new ArchiveApiFactory(_database);

        var (status, report) = await ReadyAsync(factory);

        Assert.Equal(200, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var smartflex = report.GetProperty("entries").GetProperty("smartflex");
        Assert.Equal("Degraded", smartflex.GetProperty("status").GetString());
        Assert.Equal("simulador (datos de demostración)", smartflex.GetProperty("description").GetString());
        Assert.Equal("Healthy", report.GetProperty("entries").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task In_import_mode_the_local_table_answers_with_the_imported_sales_and_readiness_is_healthy()
    {
        await using var factory = new ArchiveApiFactory(_database, new Dictionary<string, string> { ["Smartflex:Mode"] = "Import" });
        var http = factory.CreateClient();
        await (await SmartflexImports.PostCsvAsync(http, $"""
            {SmartflexImports.Header}
            SF-2027-000301,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,arojas,2027-05-28
            """)).ReadAsync<SmartflexImportReport>();

        var (status, report) = await ReadyAsync(factory);

        Assert.Equal(200, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(LocalSmartflexSales.Name, report.GetProperty("entries").GetProperty("smartflex").GetProperty("description").GetString());
        var sale = await factory.InScopeAsync(sp => sp.GetRequiredService<ISmartflexGateway>().FindSaleAsync("SF-2027-000301", CancellationToken.None));
        Assert.Equal("Rosa Quiroga Peña", sale?.CustomerName);
    }

    [Fact]
    public async Task In_http_mode_readiness_names_the_base_url_without_calling_Smartflex()
    {
        await using var factory = new ArchiveApiFactory(_database, new Dictionary<string, string>
        {
            ["Smartflex:Mode"] = "Http", ["Smartflex:BaseUrl"] = "http://127.0.0.1:9/smartflex",
        });

        var (status, report) = await ReadyAsync(factory);

        Assert.Equal(200, status);
        Assert.Equal("Smartflex HTTP http://127.0.0.1:9/smartflex/",
            report.GetProperty("entries").GetProperty("smartflex").GetProperty("description").GetString());
    }

    private static async Task<(int Status, JsonElement Report)> ReadyAsync(ArchiveApiFactory factory)
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return ((int)response.StatusCode, JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()));
    }
}

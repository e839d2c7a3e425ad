using System.Net;
using System.Text.Json;
using Bogus;
using Microsoft.Extensions.Configuration;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Smartflex;
using WorkflowArchive.Workflows.ServiceTasks;
using static WorkflowArchive.Tests.Smartflex.FakeSmartflexHandler;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>The HTTP adapter with the resilience pipeline the host configures, against a fake Smartflex server.</summary>
public sealed class HttpSmartflexGatewayTests
{
    private const string BaseUrl = "http://smartflex.test/api";

    [Fact]
    public async Task A_known_order_is_read_from_the_orders_path_under_the_base_url()
    {
        var sale = FakeSale();
        var handler = new FakeSmartflexHandler(Reply(HttpStatusCode.OK, JsonSerializer.Serialize(sale, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
        var gateway = Gateway(handler);

        var found = await gateway.FindSaleAsync(sale.OrderNumber, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equivalent(sale, found);
        Assert.Equal($"{BaseUrl}/orders/{sale.OrderNumber}", Assert.Single(handler.Requests).ToString());
        Assert.Equal($"Smartflex HTTP {BaseUrl}/", gateway.SourceName);
    }

    [Fact]
    public async Task An_unknown_order_is_null_and_its_number_is_escaped_in_the_path()
    {
        var handler = new FakeSmartflexHandler(Reply(HttpStatusCode.NotFound));

        var found = await Gateway(handler).FindSaleAsync("SF/2027 7", CancellationToken.None);

        Assert.Null(found);
        Assert.Equal("/api/orders/SF%2F2027%207", Assert.Single(handler.Requests).AbsolutePath);
    }

    [Fact]
    public async Task A_transient_503_is_retried_and_the_next_answer_is_used()
    {
        var sale = FakeSale();
        var handler = new FakeSmartflexHandler(Reply(HttpStatusCode.ServiceUnavailable),
            Reply(HttpStatusCode.OK, JsonSerializer.Serialize(sale, new JsonSerializerOptions(JsonSerializerDefaults.Web))));

        var found = await Gateway(handler).FindSaleAsync(sale.OrderNumber, CancellationToken.None);

        Assert.Equal(sale.OrderNumber, found?.OrderNumber);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_a_clear_activity_failure_after_every_retry()
    {
        var handler = new FakeSmartflexHandler(Reply(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ActivityFailedException>(() => Gateway(handler, retries: 2).FindSaleAsync("SF-1", CancellationToken.None));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("smartflex-http-status", error.Code);
        Assert.Equal((503, "SF-1", 3), ((int)error.Text.Arguments[1]!, (string)error.Text.Arguments[2]!, (int)error.Text.Arguments[3]!));
        Assert.Contains(BaseUrl, error.Message);
    }

    [Fact]
    public async Task A_server_that_never_answers_is_a_timeout_failure_after_every_attempt()
    {
        var handler = new FakeSmartflexHandler(Hang());

        var error = await Assert.ThrowsAsync<ActivityFailedException>(
            () => Gateway(handler, timeoutSeconds: 0.1, retries: 1).FindSaleAsync("SF-2027-000123", CancellationToken.None));

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("smartflex-http-timeout", error.Code);
        Assert.Equal(("SF-2027-000123", 0.1, 2), ((string)error.Text.Arguments[1]!, (double)error.Text.Arguments[2]!, (int)error.Text.Arguments[3]!));
    }

    [Fact]
    public async Task An_answer_that_is_not_a_sale_is_refused_rather_than_compared()
    {
        var handler = new FakeSmartflexHandler(Reply(HttpStatusCode.OK, """{"orderNumber":"SF-1","customerName":"Rosa"}"""));

        var error = await Assert.ThrowsAsync<ActivityFailedException>(() => Gateway(handler).FindSaleAsync("SF-1", CancellationToken.None));

        Assert.Equal("smartflex-http-not-a-sale", error.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("smartflex.local/api")]
    [InlineData("ftp://smartflex.local")]
    public void Http_mode_without_an_absolute_http_base_url_stops_the_start_up(string? baseUrl)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddSmartflex(Configuration(baseUrl, 1, 0)));

        Assert.Contains("Smartflex:BaseUrl", error.Message);
    }

    private static ISmartflexGateway Gateway(FakeSmartflexHandler handler, double timeoutSeconds = 5, int retries = 2)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSmartflex(Configuration(BaseUrl, timeoutSeconds, retries));
        services.AddHttpClient(SmartflexRegistration.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider().GetRequiredService<ISmartflexGateway>();
    }

    private static IConfiguration Configuration(string? baseUrl, double timeoutSeconds, int retries) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smartflex:Mode"] = "Http",
            ["Smartflex:BaseUrl"] = baseUrl,
            ["Smartflex:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smartflex:Retries"] = retries.ToString(),
            ["Smartflex:RetryDelayMilliseconds"] = "0",
        }).Build();

    private static SmartflexSale FakeSale() => new Faker<SmartflexSale>("es")
        .CustomInstantiator(f => new SmartflexSale
        {
            OrderNumber = $"SF-2027-{f.Random.Number(1, 999_999):D6}",
            CustomerDocument = f.Random.ReplaceNumbers("#######") + " CB",
            CustomerName = f.Name.FullName(),
            CustomerIsCompany = false,
            ServiceCode = f.PickRandom("internet", "tv-cable", "movil"),
            TransactionCode = f.PickRandom("venta-nueva", "traslado"),
            AdvisorCode = f.PickRandom("arojas", "lfernandez"),
            SaleDate = DateOnly.FromDateTime(f.Date.Past(1, new DateTime(2027, 6, 1))),
        }).Generate();
}

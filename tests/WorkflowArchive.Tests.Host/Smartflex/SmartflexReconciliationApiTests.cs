using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>The report of sales Smartflex recorded but whose paperwork never arrived, on known data; once per database provider.</summary>
public abstract class SmartflexReconciliationApiTests(DatabaseProvider provider) : HostedTest(provider, "monitora")
{
    private const string May = "from=2027-05-01&to=2027-05-31";

    [Fact]
    public async Task Sales_of_the_period_without_a_dossier_are_listed_by_advisor_and_paged()
    {
        await SalesAsync(
            ("SF-A1", "arojas", "2027-05-10"), ("SF-A2", "arojas", "2027-05-12"), ("SF-A3", "arojas", "2027-05-01"),
            ("SF-L1", "lfernandez", "2027-05-31"), ("SF-L2", "lfernandez", "2027-04-30"), ("SF-L3", "lfernandez", "2027-06-01"),
            ("SF-L4", "lfernandez", "2027-05-20"), ("SF-Z1", "zarce", "2027-05-15"));
        await DossierReceivedAsync("SF-A1", "arojas", "2027-05-10");
        await DossierReceivedAsync("SF-L4", "lfernandez", "2027-05-20");

        var report = await Client.Http.GetAsync<ReconciliationReport>($"/api/smartflex/reconciliation?{May}");

        Assert.Equal((new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31)), (report.From, report.To));
        Assert.Equal((6, 4), (report.SalesInPeriod, report.WithoutDossier));
        Assert.Equal([("arojas", "Ana Rojas", 2), ("lfernandez", "Luis Fernández", 1), ("zarce", null, 1)],
            report.ByAdvisor.Select(g => (g.AdvisorCode, g.AdvisorName, g.MissingDossiers)));
        Assert.Equal(["SF-A3", "SF-A2", "SF-L1", "SF-Z1"], report.Sales.Items.Select(s => s.OrderNumber));

        var secondPage = await Client.Http.GetAsync<ReconciliationReport>($"/api/smartflex/reconciliation?{May}&page=2&pageSize=3");
        Assert.Equal((4, 2, 3), (secondPage.Sales.Total, secondPage.Sales.Page, secondPage.Sales.PageSize));
        Assert.Equal(["SF-Z1"], secondPage.Sales.Items.Select(s => s.OrderNumber));

        var oneAdvisor = await Client.Http.GetAsync<ReconciliationReport>($"/api/smartflex/reconciliation?{May}&advisor=arojas");
        Assert.Equal((3, 2), (oneAdvisor.SalesInPeriod, oneAdvisor.WithoutDossier));
        Assert.Equal(["SF-A3", "SF-A2"], oneAdvisor.Sales.Items.Select(s => s.OrderNumber));
    }

    [Theory]
    [InlineData("from=2026-01-01&to=2027-01-02", "period-too-long")]
    [InlineData("from=2027-05-01", "date-required")]
    [InlineData("from=01/05/2027&to=2027-05-31", "date-invalid")]
    [InlineData("from=2027-02-30&to=2027-05-31", "date-invalid")]
    public async Task A_period_that_is_missing_or_too_long_is_a_400_problem(string query, string code)
    {
        var problem = await (await Client.Http.GetAsync($"/api/smartflex/reconciliation?{query}")).ProblemAsync(400);

        Assert.Equal(code, problem.Code());
    }

    [Fact]
    public async Task A_whole_leap_year_is_an_acceptable_period()
    {
        var report = await Client.Http.GetAsync<ReconciliationReport>("/api/smartflex/reconciliation?from=2028-01-01&to=2028-12-31");

        Assert.Equal(0, report.WithoutDossier);
    }

    private async Task SalesAsync(params (string Order, string Advisor, string Date)[] sales)
    {
        foreach (var (order, advisor, date) in sales)
        {
            var sale = DomainSeed.Sale(order, advisor);
            sale.SaleDate = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            await DomainSeed.SaleAsync(Factory, sale);
        }
    }

    /// <summary>The binder reached the archive: the procedure starts and registers the dossier (step 4).</summary>
    private Task DossierReceivedAsync(string order, string advisor, string saleDate) =>
        Client.StartAsync("gestion-documental", order, new JsonObject
        {
            ["customerName"] = "Rosa Quiroga Peña", ["customerDocument"] = "4455667 CB", ["customerIsCompany"] = false,
            ["serviceCode"] = "internet", ["transactionCode"] = "venta-nueva", ["advisorCode"] = advisor, ["saleDate"] = saleDate,
        });
}

public sealed class SqliteSmartflexReconciliationApiTests() : SmartflexReconciliationApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresSmartflexReconciliationApiTests() : SmartflexReconciliationApiTests(DatabaseProvider.Postgres);

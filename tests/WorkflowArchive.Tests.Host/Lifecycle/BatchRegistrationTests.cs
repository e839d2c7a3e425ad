using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Lifecycle;

public sealed class BatchRegistrationTests
{
    [Fact]
    public async Task A_binder_becomes_one_dossier_and_one_running_procedure_per_order_number()
    {
        await using var host = await LifecycleHost.StartAsync();
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale("SF-2027-000001"));
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale("SF-2027-000002", company: true, service: "datos-empresariales"));

        var response = await host.Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = "arojas", deliveredOn = "2027-06-01", binderNumber = "Archivador 12",
            entries = new object[]
            {
                new { orderNumber = " SF-2027-000001 " },
                new { orderNumber = "SF-2027-000002" },
                new { orderNumber = "SF-2027-000003", customerName = "Jaime Ortuño", customerDocument = "7788990 CB", serviceCode = "movil",
                      transactionCode = "cambio-plan", saleDate = "2027-05-30" },
            },
        }, "gestora");

        var batch = await response.ReadAsync<JsonElement>();
        Assert.Equal(3, batch.GetProperty("dossierCount").GetInt32());
        Assert.Equal(3, batch.GetProperty("dossiers").GetArrayLength());
        var dossiers = await host.Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().AsNoTracking().OrderBy(d => d.OrderNumber).ToListAsync());
        Assert.Equal(["SF-2027-000001", "SF-2027-000002", "SF-2027-000003"], dossiers.Select(d => d.OrderNumber));
        Assert.True(dossiers[1].CustomerIsCompany);
        Assert.Equal("Jaime Ortuño", dossiers[2].CustomerName);
        Assert.All(dossiers, d => Assert.NotNull(d.InstanceId));
        var reviews = await host.Http.GetAsync<Host.Application.PagedList<Host.Application.TaskView>>("/api/tasks?role=gestor-documental");
        Assert.Equal(3, reviews.Items.Count(t => t.ElementId == "Task_ReviewChecklist"));
    }

    [Fact]
    public async Task A_long_binder_forgets_each_order_once_written_so_later_orders_do_not_recheck_it_and_every_dossier_keeps_its_procedure()
    {
        await using var host = await LifecycleHost.StartAsync();
        var orders = Enumerable.Range(40, 12).Select(i => $"SF-2027-0000{i}").ToList();
        foreach (var order in orders) await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale(order));

        var tracked = await host.Factory.InScopeAsync(async sp =>
        {
            var request = new BatchRequest("arojas", new DateOnly(2027, 6, 1), "Archivador 40", orders.Select(o => new BatchEntry(o)).ToList());
            await sp.GetRequiredService<BatchRegistration>().RegisterAsync(request, "gestora", CancellationToken.None);
            return sp.GetRequiredService<ArchiveDbContext>().ChangeTracker.Entries().Count();
        });

        // Every move checks each tracked row for changes: rows kept from earlier orders made a binder quadratic.
        Assert.Equal(0, tracked);
        var dossiers = await host.Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().AsNoTracking()
            .Where(d => orders.Contains(d.OrderNumber)).ToListAsync());
        Assert.Equal(orders.Count, dossiers.Count);
        Assert.All(dossiers, d => Assert.NotNull(d.InstanceId));
        var instances = await host.Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowInstance>().AsNoTracking()
            .Where(i => orders.Contains(i.BusinessKey)).Select(i => i.Id).ToListAsync());
        Assert.Equal(dossiers.Select(d => d.InstanceId!.Value).Order(), instances.Order());
    }

    [Fact]
    public async Task A_binder_asks_for_its_advisor_service_and_transaction_as_often_as_a_binder_of_one_order_and_for_each_sale_once()
    {
        await using var host = await LifecycleHost.StartAsync();
        var orders = Enumerable.Range(60, 7).Select(i => $"SF-2027-0000{i}").ToList();
        foreach (var order in orders) await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale(order));
        var connection = await host.Factory.ConnectionStringAsync();

        async Task<(int[] Reference, int Sales)> ReadsAsync(IReadOnlyList<string> binder)
        {
            using var seen = new CommandsSeen(connection);
            await host.RegisterBatchAsync("arojas", [.. binder]);
            int Reading(string table) => seen.InOrder().Count(c => c.Sql.Contains(table));
            return (new[] { "FROM advisors", "FROM service_types", "FROM transaction_types" }.Select(Reading).ToArray(), Reading("FROM smartflex_sales"));
        }

        var one = await ReadsAsync(orders[..1]);
        var six = await ReadsAsync(orders[1..]);
        // Each order's own checks (already received? its procedure running?) still run per order; the binder's advisor and
        // the catalog's codes are the same for all of them, and each order's sale is read once for its check and its start.
        Assert.Equal(one.Reference, six.Reference);
        Assert.Equal((1, 6), (one.Sales, six.Sales));
    }

    [Fact]
    public async Task A_binder_with_an_order_already_received_is_refused_whole_naming_the_existing_dossier()
    {
        await using var host = await LifecycleHost.StartAsync();
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale("SF-2027-000010"));
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale("SF-2027-000011"));
        await host.RegisterBatchAsync("arojas", "SF-2027-000010");

        var response = await host.Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = "arojas", deliveredOn = "2027-06-01", binderNumber = "Archivador 13",
            entries = new[] { new { orderNumber = "SF-2027-000011" }, new { orderNumber = "SF-2027-000010" } },
        }, "gestora");

        var problem = await response.ProblemAsync(422);
        Assert.Equal("binder-order-filed", problem.GetProperty("errorCodes").GetProperty("entries.SF-2027-000010")[0].GetString());
        Assert.Contains("SF-2027-000010", problem.GetProperty("errors").GetProperty("entries.SF-2027-000010")[0].GetString());
        var (batches, dossiers, instances) = await CountsAsync(host);
        Assert.Equal((1, 1, 1), (batches, dossiers, instances));
    }

    [Theory]
    [InlineData("SF-2027-000099", 400, null, "batch-order-not-in-smartflex")]
    [InlineData("", 422, "entries[0].orderNumber", "field-required")]
    public async Task A_binder_that_cannot_be_registered_leaves_nothing_behind(string order, int status, string? field, string code)
    {
        await using var host = await LifecycleHost.StartAsync();
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale("SF-2027-000020"));

        var response = await host.Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = "arojas", deliveredOn = "2027-06-01", binderNumber = "Archivador 14",
            entries = new[] { new { orderNumber = order.Length == 0 ? "" : "SF-2027-000020" }, new { orderNumber = order } },
        }, "gestora");

        var problem = await response.ProblemAsync(status);
        Assert.Equal(code, field is null ? problem.Code() : problem.GetProperty("errorCodes").GetProperty(field)[0].GetString());
        Assert.Equal((0, 0, 0), await CountsAsync(host));
    }

    [Fact]
    public async Task A_binder_of_an_unknown_advisor_or_listing_an_order_twice_is_refused()
    {
        await using var host = await LifecycleHost.StartAsync();
        await DomainSeed.SaleAsync(host.Factory, DomainSeed.Sale("SF-2027-000030"));

        var unknown = await host.Http.PostAsJsonAsync("/api/batches", new BatchRequest("nadie", new DateOnly(2027, 6, 1), "A1", [new BatchEntry("SF-2027-000030")]), "gestora");
        var twice = await host.Http.PostAsJsonAsync("/api/batches", new BatchRequest("arojas", new DateOnly(2027, 6, 1), "A1",
            [new BatchEntry("SF-2027-000030"), new BatchEntry("SF-2027-000030")]), "gestora");

        Assert.Equal("binder-advisor-unknown", (await unknown.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("advisorCode")[0].GetString());
        Assert.Equal("binder-order-repeated", (await twice.ProblemAsync(422)).GetProperty("errorCodes").GetProperty("entries.SF-2027-000030")[0].GetString());
        Assert.Equal((0, 0, 0), await CountsAsync(host));
    }

    private static Task<(int, int, int)> CountsAsync(LifecycleHost host) => host.Factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ArchiveDbContext>();
        return (await db.Set<Batch>().CountAsync(), await db.Set<Dossier>().CountAsync(), await db.Set<WorkflowInstance>().CountAsync());
    });
}

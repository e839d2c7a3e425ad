using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Background;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>A booted host with advisors and boxes, and the moves staff make, for the document-lifecycle tests.</summary>
public sealed class LifecycleHost : IAsyncDisposable
{
    public const string Manager = "gestor-documental";
    public const string Advisor = "asesor-comercial";

    private IAsyncDisposable _host = null!;

    public ArchiveApiFactory Factory { get; private set; } = null!;
    public ProcedureClient Client { get; private set; } = null!;
    public HttpClient Http => Client.Http;

    public static async Task<LifecycleHost> StartAsync(int boxCapacity = 40, IReadOnlyDictionary<string, string>? settings = null,
        Host.Persistence.DatabaseProvider provider = Host.Persistence.DatabaseProvider.Sqlite, string viewer = "gestora")
    {
        var host = new LifecycleHost();
        if (settings is null)
        {
            var lease = await HostPool.LeaseAsync(provider);
            (host._host, host.Factory) = (lease, lease.Factory);
        }
        else
        {
            var own = new OwnHost(new ArchiveApiFactory(await TestDatabase.CreateAsync(provider), settings));
            (host._host, host.Factory) = (own, own.Factory);
        }
        host.Client = new ProcedureClient(host.Factory.CreateClient());
        host.Http.DefaultRequestHeaders.Add("X-Actor", viewer);
        await DomainSeed.AdvisorsAndBoxesAsync(host.Factory, boxCapacity);
        return host;
    }

    /// <summary>The moves of this class over a host the test boots and stops itself (a restart, special settings); disposing it stops nothing.</summary>
    public static LifecycleHost On(ArchiveApiFactory factory, string viewer = "gestora")
    {
        var host = new LifecycleHost { Factory = factory, _host = NoHost.Instance, Client = new ProcedureClient(factory.CreateClient()) };
        host.Http.DefaultRequestHeaders.Add("X-Actor", viewer);
        return host;
    }

    private sealed class NoHost : IAsyncDisposable
    {
        public static readonly NoHost Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public Task<Dossier> DossierAsync(string order) => Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().AsNoTracking().SingleAsync(d => d.OrderNumber == order));

    public Task<int> FireDueTimersAsync() =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<BackgroundJobs>().FireDueTimersAsync(CancellationToken.None));

    /// <summary>A review that decides every document the dossier's requirement set asks for: found (original and copy) and in order, except those listed as missing.</summary>
    public async Task<JsonObject> ReviewAsync(string order, params string[] missing)
    {
        var required = await Factory.InScopeAsync(async sp =>
        {
            var dossier = await sp.GetRequiredService<ArchiveDbContext>().Set<Dossier>().AsNoTracking().SingleAsync(d => d.OrderNumber == order);
            var catalog = sp.GetRequiredService<RequirementCatalog>();
            return RequirementCatalog.RequiredFor(await catalog.InForceOnAsync(dossier.SaleDate, CancellationToken.None), dossier);
        });
        return new JsonObject
        {
            ["documents"] = new JsonArray(required.Select(r => (JsonNode)new JsonObject
            {
                ["code"] = r.DocumentCode, ["received"] = !missing.Contains(r.DocumentCode),
                ["forms"] = missing.Contains(r.DocumentCode) ? null : "both", ["legible"] = !missing.Contains(r.DocumentCode),
                ["signed"] = !missing.Contains(r.DocumentCode),
            }).ToArray()),
        };
    }

    public async Task RegisterBatchAsync(string advisor, params string[] orders)
    {
        var response = await Http.PostAsJsonAsync("/api/batches", new
        {
            advisorCode = advisor, deliveredOn = "2027-06-01", binderNumber = "Archivador 7",
            entries = orders.Select(o => new { orderNumber = o }).ToArray(),
        }, "gestora");
        await response.ReadAsync<System.Text.Json.JsonElement>();
    }

    /// <summary>A Smartflex sale of <paramref name="order"/>, registered in a binder of arojas's: its review task, open.</summary>
    public async Task<Host.Application.TaskView> ReviewWaitingAsync(string order)
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await RegisterBatchAsync("arojas", order);
        return await Client.OpenTaskAsync(Manager, order, "Task_ReviewChecklist");
    }

    /// <summary>Registers, reviews complete and archives one dossier of a Smartflex sale.</summary>
    public async Task ArchiveAsync(Domain.Smartflex.SmartflexSale sale, string? boxCode = null)
    {
        await DomainSeed.SaleAsync(Factory, sale);
        await RegisterBatchAsync(sale.AdvisorCode, sale.OrderNumber);
        await Client.WorkAsync(Manager, sale.OrderNumber, "Task_ReviewChecklist", "gestora", await ReviewAsync(sale.OrderNumber));
        await Client.WorkAsync(Manager, sale.OrderNumber, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = boxCode });
    }

    /// <summary>Sends the remisión with a carrier and records Condebamba's receipt; answers the reception's outcome.</summary>
    public async Task<System.Text.Json.JsonElement> SendAndReceiveAsync(string manifestNumber, string receiptNumber)
    {
        await (await Http.PostAsJsonAsync($"/api/manifests/{manifestNumber}/dispatch", new { carriedBy = "Mensajería interna" }, "gestora"))
            .ReadAsync<System.Text.Json.JsonElement>();
        return await (await Http.PostAsJsonAsync($"/api/manifests/{manifestNumber}/reception",
            new { receiptNumber, receivedBy = "Encargada Condebamba" }, "gestora")).ReadAsync<System.Text.Json.JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
    }
}

using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Search;

/// <summary>GET /api/dossiers/{orderNumber} after the real procedure ran through the API: everything known of the dossier in one answer.</summary>
public abstract class DossierFileApiTests(DatabaseProvider provider) : HostedTest(provider, "monitora")
{
    private const string Order = "SF-2027-000321";

    [Fact]
    public async Task A_dossier_shows_its_checklist_returns_history_requests_holds_location_and_instance()
    {
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(Order));
        var instance = await Client.StartAsync("gestion-documental", Order, SaleVariables());
        await Client.WorkAsync(ManagerRole, Order, "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));
        await Client.WorkAsync(AdvisorRole, Order, "Task_CorrectDocumentation", "ana.rojas", Correction("contrato"));
        await Client.WorkAsync(ManagerRole, Order, "Task_ReviewChecklist", "gestora", Review());
        await Client.WorkAsync(ManagerRole, Order, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-02" });
        await Client.StartAsync("solicitud-documentacion", "SOL-7", RetrievalRequest(Order), actor: "gestora");
        await Client.WorkAsync(ManagerRole, "SOL-7", "Task_LocateAndDeliver", "gestora", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" });
        var dossierId = (await Client.Http.GetAsync<PagedList<DossierSummary>>($"/api/dossiers?orderNumber={Order}")).Items.Single().Id;
        var boxId = await Factory.BoxIdAsync("A-02");
        await Factory.InScopeAsync(async sp =>
        {
            var holds = sp.GetRequiredService<LegalHolds>();
            var lifted = await holds.PlaceAsync(dossierId, null, null, "Reclamo ATT", "legal", CancellationToken.None);
            await holds.ReleaseAsync(lifted.Id, "Reclamo cerrado", "legal", CancellationToken.None);
            return await holds.PlaceAsync(null, boxId, null, "Proceso judicial 123/2027", "legal", CancellationToken.None);
        });

        var file = await Client.Http.GetAsync<DossierDetail>($"/api/dossiers/{Order}");

        Assert.Equal((Order, DossierStatus.Archived, 1), (file.Dossier.OrderNumber, file.Dossier.Status, file.Dossier.ReturnCount));
        Assert.Equal(instance.Id, file.InstanceId);
        Assert.Equal(("A-02", 1), (file.BoxCode, file.Position));
        Assert.Equal("Archivo de la División / Estante A / Caja A-02 / Posición 1", file.Dossier.Location);
        Assert.Equal(Custodies.DivisionArchive, file.Dossier.Custody);
        Assert.Equal(["acta-instalacion", "ci", "contrato", "croquis", "solicitud"], file.Documents.Select(d => d.Code));
        Assert.All(file.Documents, d => Assert.Null(d.Defect));
        var dossierReturn = Assert.Single(file.Returns);
        Assert.Equal((1, "ana.rojas", "contrato"), (dossierReturn.Number, dossierReturn.CorrectedBy, dossierReturn.Supplied));
        Assert.Contains(dossierReturn.Items, i => i.Contains("sin firma"));
        Assert.Equal(
            ["Registrado", "Verificado en Smartflex", "Revisión de requisitos", "Devuelto al asesor", "Corregido por el asesor",
             "Verificado en Smartflex", "Revisión de requisitos", "Clasificado", "Archivado", "Solicitado", "Entregado"],
            file.History.Select(h => h.Action));
        var request = Assert.Single(file.Requests);
        Assert.Equal(("SOL-7", RetrievalStatus.Recovered, "photocopy"), (request.Number, request.Status, request.DeliveryMethod));
        var hold = Assert.Single(file.ActiveHolds);
        Assert.Equal(("box", "Proceso judicial 123/2027"), (hold.On, hold.Reason));
    }
}

public sealed class SqliteDossierFileApiTests() : DossierFileApiTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresDossierFileApiTests() : DossierFileApiTests(DatabaseProvider.Postgres);

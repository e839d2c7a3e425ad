using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Indicators;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.ProcedureInputs;

namespace WorkflowArchive.Tests.Indicators;

/// <summary>The indicators read what the real procedure writes, run step by step through the API.</summary>
public abstract class IndicatorProcedureTests(DatabaseProvider provider) : HostedTest(provider, "monitora")
{

    [Fact]
    public async Task A_month_of_reviews_returns_corrections_and_requests_gives_the_expected_figures()
    {
        // Tuesday 2027-06-01 08:00 in La Paz. SF-A is complete at its first review; SF-B lacks a signature.
        foreach (var order in new[] { "SF-A", "SF-B" })
        {
            await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
            await Client.StartAsync("gestion-documental", order, SaleVariables());
        }
        await Client.WorkAsync(ManagerRole, "SF-A", "Task_ReviewChecklist", "gestora", Review());
        await Client.WorkAsync(ManagerRole, "SF-A", "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-01" });
        await Client.WorkAsync(ManagerRole, "SF-B", "Task_ReviewChecklist", "gestora", Review(unsignedContract: true));

        // The advisor brings it back 30 hours later; the second review finds it complete.
        Factory.Time.Advance(TimeSpan.FromHours(30));
        await Client.WorkAsync(AdvisorRole, "SF-B", "Task_CorrectDocumentation", "ana.rojas", Correction("contrato"));
        await Client.WorkAsync(ManagerRole, "SF-B", "Task_ReviewChecklist", "gestora", Review());

        // Five requests: one delivered at once, one not found, one left waiting past its two business days, one whose
        // registration fails (it says nothing of what it wants) and one delivered after its deadline.
        await Client.StartAsync("solicitud-documentacion", "SOL-1", RetrievalRequest("SF-A"), actor: "gestora");
        await Client.StartAsync("solicitud-documentacion", "SOL-2", RetrievalRequest("SF-1999-000001"), actor: "gestora");
        await Client.StartAsync("solicitud-documentacion", "SOL-3", RetrievalRequest("SF-B"), actor: "gestora");
        var failed = await Client.StartAsync("solicitud-documentacion", "SOL-4",
            new JsonObject { ["requestedBy"] = "Carla Méndez", ["requestingUnit"] = "Auditoría Interna", ["reason"] = "Revisión" }, actor: "gestora");
        Assert.Equal("Incident", failed.Status);
        await Client.StartAsync("solicitud-documentacion", "SOL-5", RetrievalRequest("SF-A"), actor: "gestora");
        await Client.WorkAsync(ManagerRole, "SOL-1", "Task_LocateAndDeliver", "gestora", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" });
        await Client.WorkAsync(ManagerRole, "SOL-2", "Task_LocateAndDeliver", "gestora", new JsonObject { ["outcome"] = "not-found", ["notFoundReason"] = "Venta anterior al archivo" });

        var early = await Client.Http.GetAsync<IndicatorReport>("/api/indicators?from=2027-06-01&to=2027-06-30");
        Assert.Equal(new RetrievalIndicator(5, 2, 1, 0, 1, 0, 3, 1, 50.00m, "Observado"), early.Retrieval);

        Factory.Time.Advance(TimeSpan.FromDays(5));
        await Client.WorkAsync(ManagerRole, "SOL-5", "Task_LocateAndDeliver", "gestora", new JsonObject { ["outcome"] = "recovered", ["deliveryMethod"] = "photocopy" });

        var report = await Client.Http.GetAsync<IndicatorReport>("/api/indicators?from=2027-06-01&to=2027-06-30");

        Assert.Equal(new RetrievalIndicator(Requests: 5, Measured: 5, OnTime: 1, Late: 1, NotFound: 1, Overdue: 2, Pending: 0, Unregistered: 1,
            Percentage: 20.00m, Verdict: "Observado"), report.Retrieval);
        Assert.Equal(new RetrievalByUnit("Asesoría Legal", new RetrievalIndicator(4, 4, 1, 1, 1, 1, 0, 0, 25.00m, "Observado")), report.RetrievalByUnit[0]);
        Assert.Equal(new RetrievalByUnit("Auditoría Interna", new RetrievalIndicator(1, 1, 0, 0, 0, 1, 0, 1, 0.00m, "Observado")), report.RetrievalByUnit[1]);
        Assert.Equal(new FirstPassIndicator(2, 1, 1, 0, 50.00m), report.FirstPass);
        // SF-B's second review, 30 hours after its first, leaves the date its first review counts by.
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero), (await Archive.DossierAsync("SF-B")).FirstReviewedAt);
        // Two of her dossiers came in during June, one of them went back once.
        Assert.Equal(new AdvisorReturns("arojas", "Ana Rojas", AdvisorChannel.Plataforma, 1, 1, 0, Received: 2), Assert.Single(report.ReturnsByAdvisor));
        Assert.Equal(new CorrectionTime(1, 30.0, 1.25), report.CorrectionTime);
        var overdue = Assert.Single(report.OverdueTasks.ByRole);
        Assert.Equal(("gestor-documental", 1), (overdue.Role, overdue.Tasks));
        Assert.Equal(0, report.DueForTransfer.Dossiers);
    }
}

public sealed class SqliteIndicatorProcedureTests() : IndicatorProcedureTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresIndicatorProcedureTests() : IndicatorProcedureTests(DatabaseProvider.Postgres);

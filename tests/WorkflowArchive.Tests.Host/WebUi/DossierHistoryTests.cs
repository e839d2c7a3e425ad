using System.Text.RegularExpressions;
using Bunit;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Components.Shared;
using WorkflowArchive.Tests.Support;
using DossierPage = WorkflowArchive.Host.Components.Pages.DossierPage;
using InstancePage = WorkflowArchive.Host.Components.Designer.InstancePage;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The dossier page, its Historial and its process's Recorrido over a dossier reviewed and archived in box A-01.</summary>
public sealed partial class DossierHistoryTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private const string Order = "SF-2027-000901";

    private async Task<IReadOnlyList<TimelineEntry>> ArchivedTimelineAsync()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order), boxCode: "A-01");
        var dossier = await Archive.DossierAsync(Order);
        return await Factory.InScopeAsync(sp => sp.GetRequiredService<DossierTimeline>().ForAsync(dossier.Id));
    }

    [Fact]
    public async Task The_historial_names_fields_in_spanish_the_box_by_its_code_and_shows_no_ids_or_iso_instants()
    {
        var entries = await ArchivedTimelineAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var view = pages.RenderPage<DossierTimelineView>(p => p.Add(v => v.Entries, entries));

        var text = view.Find("[data-testid=dossier-timeline]").TextContent;
        Assert.Contains("Caja: — → A-01", text);
        Assert.Contains("Estado: Clasificado → Archivado", text);
        Assert.Contains("Resguardo: — → 2 años", text);
        Assert.Matches(@"Archivado: — → \d{2}/\d{2}/\d{4} \d{2}:\d{2}", text);
        Assert.DoesNotMatch(Guid(), text);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", text);
        Assert.DoesNotContain("BoxId", text);
        Assert.DoesNotContain("P2Y", text);
        Assert.DoesNotContain("Recibido de arojas", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public async Task The_engines_bookkeeping_sits_under_its_step_and_the_chips_filter_what_is_shown()
    {
        var entries = await ArchivedTimelineAsync();
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var view = pages.RenderPage<DossierTimelineView>(p => p.Add(v => v.Entries, entries));

        var archiveStep = view.FindAll("[data-testid=timeline-entry][data-kind=pasos]")
            .Single(e => e.QuerySelector(".mud-typography-subtitle2")!.TextContent.StartsWith("Archivar en ubicación asignada"));
        var lines = archiveStep.QuerySelectorAll("li").Select(l => l.TextContent).ToList();
        Assert.Contains(lines, l => l.Contains("Tarea creada para Gestor(a) Documental"));
        Assert.Contains(lines, l => l.Contains("Completada por gestora"));
        Assert.DoesNotContain(view.FindAll("[data-testid=timeline-entry]"), e => e.TextContent.Contains("Llegó al paso") || e.TextContent.Contains("Entered"));

        view.Find("[data-testid=timeline-filter-cambios]").Click();

        view.WaitForAssertion(() => Assert.Empty(view.FindAll("[data-testid=timeline-entry][data-kind=cambios]")));
        Assert.NotEmpty(view.FindAll("[data-testid=timeline-entry][data-kind=pasos]"));
    }

    [Fact]
    public async Task The_dossier_page_names_the_advisor_service_and_custody_instead_of_their_codes()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order), boxCode: "A-01");
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = pages.RenderPage<DossierPage>(p => p.Add(d => d.OrderNumber, Order));

        page.WaitForElement("[data-testid=dossier-location]");
        var sale = page.FindAll(".mud-paper")[0].TextContent;
        Assert.Contains("Ana Rojas (Plataforma)", sale);
        Assert.Contains("Internet · Venta nueva", sale);
        Assert.Contains("28/05/2027", sale);
        Assert.DoesNotContain("arojas", sale);
        Assert.Contains("(2 años)", page.Find("[data-testid=dossier-location]").TextContent);
        Assert.Contains("Gestión documental de venta y postventa, versión 1 · en curso", page.Find("[data-testid=process-state]").TextContent);
    }

    [Fact]
    public async Task The_instance_pages_recorrido_lists_steps_by_name_not_the_engines_json()
    {
        await Archive.ArchiveAsync(DomainSeed.Sale(Order), boxCode: "A-01");
        var dossier = await Archive.DossierAsync(Order);
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");

        var page = pages.RenderPage<InstancePage>(p => p.Add(i => i.Id, dossier.InstanceId!.Value));

        page.WaitForElement("[data-testid=instance-step]");
        var steps = page.FindAll("[data-testid=instance-step]").Select(r => r.TextContent).ToList();
        Assert.Contains(steps, s => s.Contains("Revisar documentación según requisitos") && s.Contains("Completada por gestora"));
        Assert.Contains(steps, s => s.Contains("Clasificar según protocolo de archivo") && s.Contains("Clasificado como"));
        var journal = page.Find("[data-testid=instance-journal]").TextContent;
        Assert.DoesNotContain("{", journal);
        Assert.DoesNotContain("Task_", journal);
        Assert.DoesNotContain("Gateway", journal);
        Assert.Contains("Gestión documental de venta y postventa, versión 1", page.Markup);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}

using Bunit;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.StoreRows;
using IndicatorsPage = WorkflowArchive.Host.Components.Pages.Indicators;
using RequestsPage = WorkflowArchive.Host.Components.Pages.Requests;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The Indicadores page shows the breakdown and the verdict with their definitions; oversight reads Solicitudes.</summary>
public sealed class IndicatorAndRequestPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    private static readonly DateTimeOffset May10 = new(2027, 5, 10, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_indicator_page_shows_the_breakdown_by_month_and_unit_beside_the_definitions()
    {
        await Factory.SaveAsync([
            .. Requests(1, RetrievalStatus.Recovered, May10, May10.AddHours(1), seed: 1, unit: "Asesoría Legal"),
            .. Requests(1, RetrievalStatus.Recovered, May10, May10.AddHours(1), seed: 2, unit: "Asesoría Legal", answeredAfter: TimeSpan.FromDays(3)),
        ]);
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<IndicatorsPage>();

        page.WaitForAssertion(() => Assert.Equal("50 %", page.Find("[data-testid=kpi-percentage]").TextContent.Trim()));
        Assert.Equal("Observado", page.Find("[data-testid=kpi-verdict]").TextContent.Trim());
        Assert.Contains("1 a tiempo de 2 medida(s) · 1 tarde · 0 no encontrada(s) · 0 vencida(s) sin respuesta",
            page.Find("[data-testid=kpi-breakdown]").TextContent);
        Assert.Contains("mayo de 2027", page.Find("[data-testid=kpi-by-month]").TextContent);
        Assert.Contains("Asesoría Legal", page.Find("[data-testid=kpi-by-unit]").TextContent);
        var definitions = page.Find("[data-testid=kpi-definitions]").TextContent;
        Assert.Contains("Recuperación eficaz", definitions);
        Assert.Contains("otorgada oportunamente según requerimiento", definitions);
        Assert.Contains("Pendiente en plazo", definitions);
        Assert.Contains("2 días hábiles", definitions);
    }

    [Fact]
    public async Task The_charts_show_their_numbers_on_axes_fitted_to_them_and_every_column_says_what_it_counts()
    {
        var dossiers = Enumerable.Range(1, 3).Select(n => Dossier($"SF-2027-00070{n}")).ToList();
        DossierReturn Return(Dossier dossier, int number) => new()
        {
            DossierId = dossier.Id, Number = number, AdvisorCode = "arojas", Reason = "Falta el contrato", Items = "contrato",
            ReturnedAt = May10.AddDays(number), DueAt = May10.AddDays(number + 7),
        };
        await Factory.SaveAsync([
            .. dossiers, Return(dossiers[0], 1), Return(dossiers[0], 2), Return(dossiers[1], 1),
            .. Requests(3, RetrievalStatus.Recovered, May10, May10.AddHours(1), seed: 1),
            .. Requests(1, RetrievalStatus.Recovered, May10, May10.AddHours(1), seed: 2, answeredAfter: TimeSpan.FromDays(3)),
        ]);
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<IndicatorsPage>();

        page.WaitForElement("[data-testid=advisor-returns-row][data-advisor=arojas]");
        // Ana Rojas: 3 dossiers received, 2 of them returned, 3 returns in all (one went back twice).
        var cells = page.FindAll("[data-testid=advisor-returns-row][data-advisor=arojas] td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Ana Rojas", "Plataforma", "3", "2", "66,7 %", "3", "3"], cells);
        Assert.All(page.FindAll("[data-testid=returns-by-advisor] th").Skip(1), th => Assert.False(string.IsNullOrWhiteSpace(th.GetAttribute("title")), th.TextContent));
        Assert.All(page.FindAll("[data-testid=kpi-by-month] th").Skip(1), th => Assert.False(string.IsNullOrWhiteSpace(th.GetAttribute("title")), th.TextContent));

        // The bar chart's axis ends one step above the largest bar (3), in whole numbers, not at MudChart's default 20.
        var ticks = page.FindAll("[data-testid=returns-chart] svg text")
            .Select(t => t.TextContent.Trim()).Where(t => t.Length > 0 && t.All(char.IsDigit)).Select(int.Parse).ToList();
        Assert.NotEmpty(ticks);
        Assert.Equal(4, ticks.Max());

        // The donut's parts carry their counts and shares.
        var onTime = page.Find("[data-testid=requests-share][data-part='A tiempo']").TextContent;
        Assert.Contains("3", onTime);
        Assert.Contains("75 %", onTime);
        Assert.Contains("25 %", page.Find("[data-testid=requests-share][data-part='Tarde']").TextContent);
        Assert.Contains("A tiempo: 3 (75 %)", page.Find("[data-testid=requests-donut]").ParentElement!.TextContent);
    }

    [Fact]
    public async Task The_monitor_reads_every_request_on_Solicitudes_without_the_form_to_ask()
    {
        await Factory.SaveAsync([.. Requests(2, RetrievalStatus.Registered, May10, May10.AddHours(1), seed: 1)]);
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<RequestsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=request-number]").Count));
        Assert.Empty(page.FindAll("[data-testid=request-create]"));
    }
}

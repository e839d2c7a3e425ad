using Bunit;
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
    public async Task The_monitor_reads_every_request_on_Solicitudes_without_the_form_to_ask()
    {
        await Factory.SaveAsync([.. Requests(2, RetrievalStatus.Registered, May10, May10.AddHours(1), seed: 1)]);
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<RequestsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=request-number]").Count));
        Assert.Empty(page.FindAll("[data-testid=request-create]"));
    }
}

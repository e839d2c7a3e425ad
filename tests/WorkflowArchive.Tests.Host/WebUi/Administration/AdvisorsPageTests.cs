using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using AdvisorsPage = WorkflowArchive.Host.Components.Pages.Advisors;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>The Asesores page, as the administrator: registering advisors (what is wrong said beside the field), their channel and whether they are active.</summary>
public sealed class AdvisorsPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite, "admin")
{
    private static IRenderedComponent<AdvisorsPage> Open(PageHarness pages)
    {
        var page = pages.RenderPage<AdvisorsPage>();
        page.WaitForElement("[data-testid=advisor-row][data-code=arojas]");
        return page;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<AdvisorsPage> page, string code) =>
        page.Find($"[data-testid=advisor-row][data-code='{code}']").ParentElement!;

    private Task<Advisor?> StoredAsync(string code) => Factory.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<Advisor>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == code));

    [Fact]
    public async Task A_missing_name_and_a_taken_code_are_said_beside_their_fields_and_nothing_is_registered()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = Open(pages);

        page.Find("input[data-testid=advisor-code]").Change("arojas");
        page.Find("input[data-testid=advisor-office]").Change("Oficina Central");
        page.Find("button[data-testid=advisor-save]").Click();
        Assert.Equal("Escriba el nombre del asesor.", page.Find("[data-testid=field-message][data-field=name]").TextContent);

        page.Find("input[data-testid=advisor-name]").Change("Otra Ana");
        page.Find("button[data-testid=advisor-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("Ya existe un asesor con código «arojas».", page.Find("[data-testid=field-message][data-field=code]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=field-message][data-field=name]"));
        Assert.Equal("Ana Rojas", (await StoredAsync("arojas"))!.Name);
        ScreenText.AssertReadable(page);
    }

    [Fact]
    public async Task The_administrator_registers_an_advisor_moves_them_to_another_channel_and_deactivates_them()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "admin");
        var page = Open(pages);

        page.Find("input[data-testid=advisor-code]").Change("mvargas");
        page.Find("input[data-testid=advisor-name]").Change("María Vargas");
        page.Find("input[data-testid=advisor-office]").Change("Zonal Sacaba");
        var channel = page.FindComponents<MudSelect<AdvisorChannel>>().First();
        await page.InvokeAsync(() => channel.Instance.ValueChanged.InvokeAsync(AdvisorChannel.Zonal));
        page.Find("button[data-testid=advisor-save]").Click();

        page.WaitForElement("[data-testid=advisor-row][data-code=mvargas]");
        Assert.Contains("Asesor mvargas registrado.", pages.Messages);
        Assert.Equal(AdvisorChannel.Zonal, (await StoredAsync("mvargas"))!.Channel);
        Assert.Contains("Zonales", Row(page, "mvargas").InnerHtml);

        // The rows go by name: María Vargas is the last one, so hers is the last channel select.
        var rowChannel = page.FindComponents<MudSelect<AdvisorChannel>>().Last();
        await page.InvokeAsync(() => rowChannel.Instance.ValueChanged.InvokeAsync(AdvisorChannel.Mezzanine));
        page.WaitForAssertion(() => Assert.Contains("María Vargas pasa al canal Mezzanine.", pages.Messages));
        Assert.Equal(AdvisorChannel.Mezzanine, (await StoredAsync("mvargas"))!.Channel);

        Row(page, "mvargas").QuerySelector("button[data-testid=advisor-deactivate]")!.Click();
        page.WaitForAssertion(() => Assert.Contains("Inactivo", Row(page, "mvargas").QuerySelector("[data-testid=advisor-state]")!.TextContent));
        Assert.False((await StoredAsync("mvargas"))!.Active);
        var audited = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.ObjectType == nameof(Advisor)).Select(e => e.Actor).ToListAsync());
        Assert.Equal(3, audited.Count(a => a == "admin"));
        ScreenText.AssertReadable(page);
    }
}

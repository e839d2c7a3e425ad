using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using SmartflexPage = WorkflowArchive.Host.Components.Pages.SmartflexImport;

namespace WorkflowArchive.Tests.WebUi.Administration;

/// <summary>The Smartflex page: an Excel CSV (Windows-1252) uploaded, its bad line reported by number in Spanish, and the import in the history.</summary>
public sealed class SmartflexPageTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task An_uploaded_export_is_loaded_and_its_bad_line_is_reported_by_number_in_spanish()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = $"""
            {Smartflex.SmartflexImports.Header}
            SF-2027-000301,4455667 CB,Rosa Quiroga Peña,false,internet,venta-nueva,arojas,2027-05-28
            SF-2027-000302,1234567 LP,Juan Pérez,false,internet,venta-nueva,arojas,28/05/2027
            """;
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        var page = pages.RenderPage<SmartflexPage>();
        page.WaitForElement("[data-testid=smartflex-upload]");
        Assert.Contains("Todavía no se cargó ninguna exportación.", page.Find("[data-testid=smartflex-history]").TextContent);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.GetEncoding(1252).GetBytes(csv), "ventas-mayo.csv"));

        page.WaitForElement("[data-testid=smartflex-report]");
        var counts = page.Find("[data-testid=smartflex-counts]").TextContent;
        Assert.Contains("1 nuevas", counts);
        Assert.Contains("1 con errores", counts);
        var error = page.Find("[data-testid=smartflex-error]");
        Assert.Equal("3", error.GetAttribute("data-line"));
        Assert.Contains("SF-2027-000302", error.TextContent);
        Assert.Contains("28/05/2027", error.TextContent);
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=smartflex-history-row]")));
        Assert.Contains("gestora", page.Find("[data-testid=smartflex-history]").TextContent);

        var stored = await Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<SmartflexSale>().AsNoTracking().SingleAsync());
        Assert.Equal("Rosa Quiroga Peña", stored.CustomerName);
    }

    [Fact]
    public async Task A_retention_monitor_reads_the_history_but_cannot_upload()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "monitora");

        var page = pages.RenderPage<SmartflexPage>();

        page.WaitForElement("[data-testid=smartflex-history]");
        Assert.Empty(page.FindAll("[data-testid=smartflex-upload]"));
    }
}

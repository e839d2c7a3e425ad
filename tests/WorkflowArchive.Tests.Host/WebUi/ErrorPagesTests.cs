using Bunit;
using Microsoft.AspNetCore.Components;
using WorkflowArchive.Host.Components;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.WebUi;

/// <summary>The router's answer to an address no page has: the Spanish page inside the app's layout.</summary>
public sealed class ErrorPagesTests() : HostedTest(Host.Persistence.DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task An_unknown_address_shows_the_spanish_not_found_page_in_the_layout()
    {
        await using var pages = await PageHarness.SignInAsync(Factory, "gestora");
        pages.Services.GetRequiredService<NavigationManager>().NavigateTo("/expedientes/de/nadie/aqui");

        var app = pages.Render<Routes>();

        var notFound = app.WaitForElement("[data-testid=not-found]");
        Assert.Contains("Esta página no existe", notFound.TextContent);
        Assert.Contains("Archivo de Venta y Postventa", app.Find("header").TextContent);
        Assert.Contains("Bandeja de tareas", app.Find("nav").TextContent);
    }
}

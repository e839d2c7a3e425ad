using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Security;

/// <summary>A real installation starts with no demo data, no demo users and its API description behind the sign-in.</summary>
public sealed class ProductionDefaultsTests
{
    [Fact]
    public async Task A_production_host_with_the_shipped_settings_seeds_no_demo_data_or_users_and_hides_its_openapi()
    {
        await using var host = new OwnHost(new ArchiveApiFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite),
            new Dictionary<string, string> { ["environment"] = "Production" }));
        using var anonymous = host.Factory.CreateAnonymousClient();

        var openApi = await anonymous.GetAsync("/openapi/v1.json");
        var demoAdmin = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = new SecurityOptions().DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, openApi.StatusCode);
        Assert.Equal("sign-in-failed", (await demoAdmin.ProblemAsync(401)).Code());
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(host.Factory.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "appsettings.json"))
            .Build();
        Assert.False((shipped.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).SeedDemoData);
        Assert.False((shipped.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions()).SeedDemoUsers);
    }

    [Fact]
    public async Task Outside_production_the_openapi_document_stays_open()
    {
        await using var host = new OwnHost(new ArchiveApiFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite)));
        using var anonymous = host.Factory.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }
}

using System.Text.Json;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Lifecycle;

public sealed class ReferenceDataTests
{
    [Fact]
    public async Task Advisors_are_registered_with_channel_and_office_once()
    {
        await using var host = await LifecycleHost.StartAsync();

        var created = await host.Http.PostAsJsonAsync("/api/advisors", new { code = "pquispe", name = "Pablo Quispe", channel = "Mezzanine", office = "Mezzanine Central" }, "admin");
        var again = await host.Http.PostAsJsonAsync("/api/advisors", new { code = "pquispe", name = "Otro", channel = "Zonal", office = "X" }, "admin");

        Assert.Equal("Mezzanine", (await created.ReadAsync<JsonElement>()).GetProperty("channel").GetString());
        await again.ProblemAsync(409);
        var advisors = await host.Http.GetAsync<JsonElement>("/api/advisors");
        Assert.Contains(advisors.EnumerateArray(), a => a.GetProperty("code").GetString() == "pquispe" && a.GetProperty("office").GetString() == "Mezzanine Central");
    }

    [Fact]
    public async Task Locations_form_a_hierarchy_and_boxes_need_a_capacity()
    {
        await using var host = await LifecycleHost.StartAsync();

        var noCapacity = await host.Http.PostAsJsonAsync("/api/archive/locations", new { parentCode = "EST-A", kind = "Box", code = "A-09", name = "Caja A-09" }, "gestora");
        var box = await host.Http.PostAsJsonAsync("/api/archive/locations", new { parentCode = "EST-A", kind = "Box", code = "A-09", name = "Caja A-09", capacity = 30 }, "gestora");
        var insideBox = await host.Http.PostAsJsonAsync("/api/archive/locations", new { parentCode = "A-09", kind = "Shelf", code = "X", name = "X" }, "gestora");

        await noCapacity.ProblemAsync(400);
        Assert.Equal("Archivo de la División / Estante A / Caja A-09", (await box.ReadAsync<JsonElement>()).GetProperty("path").GetString());
        await insideBox.ProblemAsync(400);
    }

    [Fact]
    public async Task The_catalog_lists_services_transactions_and_what_a_transaction_requires()
    {
        await using var host = await LifecycleHost.StartAsync();

        var services = await host.Http.GetAsync<JsonElement>("/api/catalog/services");
        var requirements = await host.Http.GetAsync<JsonElement>("/api/catalog/requirements?service=internet&transaction=venta-nueva&company=true&representative=true&saleDate=2027-06-01");

        Assert.Equal(5, services.GetArrayLength());
        var codes = requirements.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("documentCode").GetString()).ToList();
        Assert.Contains("nit", codes);
        Assert.Contains("poder", codes);
        Assert.Contains("acta-instalacion", codes);
        Assert.DoesNotContain("ci", codes);
    }
}

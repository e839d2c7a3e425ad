using System.Text.Json.Nodes;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// One order's whole procedure, driven as staff drive it: its binder, a review that returns it for the contract, the
/// advisor's correction, a review that passes, the archive into box A-01, the retention timer two years on, and
/// Condebamba's receipt. The sale is seeded first; returns the instance, completed.
/// </summary>
internal static class FullRunByStaff
{
    public static async Task<InstanceSummary> DriveAsync(LifecycleHost archive, string order)
    {
        var client = archive.Client;
        await DomainSeed.SaleAsync(archive.Factory, DomainSeed.Sale(order));
        await archive.RegisterBatchAsync("arojas", order);
        await client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await archive.ReviewAsync(order, "contrato"));
        await client.WorkAsync(LifecycleHost.Advisor, order, "Task_CorrectDocumentation", "ana.rojas",
            new JsonObject { ["supplied"] = new JsonArray("contrato"), ["note"] = "Contrato entregado" });
        await client.WorkAsync(LifecycleHost.Manager, order, "Task_ReviewChecklist", "gestora", await archive.ReviewAsync(order));
        await client.WorkAsync(LifecycleHost.Manager, order, "Task_Archive", "gestora", new JsonObject { ["boxCode"] = "A-01" });
        archive.Factory.Time.Advance(TimeSpan.FromDays(2 * 366 + 2));
        Assert.Equal(1, await archive.FireDueTimersAsync());
        var done = await client.WorkAsync(LifecycleHost.Manager, order, "Task_ConfirmReception", "gestora",
            new JsonObject { ["receiptNumber"] = $"ADM-ARC-2029-{order[^4..]}" });
        Assert.Equal("Completed", done.Status);
        return done;
    }
}

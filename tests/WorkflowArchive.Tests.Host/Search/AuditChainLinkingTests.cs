using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Search;

/// <summary>
/// A real host (its background server running) links the audit entries its saves wrote, on its own, at its next pass:
/// nobody has to ask for a verification first.
/// </summary>
public sealed class AuditChainLinkingTests
{
    [Fact]
    public async Task A_running_host_links_what_was_saved_at_its_next_pass()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = new ArchiveApiFactory(database, new Dictionary<string, string> { ["Background:RunServer"] = "true" });
        using var http = host.CreateClient();
        await DomainSeed.AdvisorsAndBoxesAsync(host);
        (await http.PostAsJsonAsync("/api/archive/locations",
            new { parentCode = "EST-A", kind = "Box", code = "L-01", name = "Caja L-01", capacity = 10 }, "gestora")).EnsureSuccessStatusCode();

        // The pass comes with the host's clock: fake here, so it is moved on, a second at a time, until the pass has run.
        var deadline = DateTime.UtcNow + Eventually.DefaultDeadline;
        while (await UnlinkedAsync(host) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the host did not link its entries");
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }
        var report = await host.InScopeAsync(sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None));
        Assert.True(report.Intact, report.Message);
        Assert.True(report.CheckedEntries > 0);
    }

    private static Task<int> UnlinkedAsync(ArchiveApiFactory host) => host.InScopeAsync(sp =>
        sp.GetRequiredService<ArchiveDbContext>().Set<AuditEntry>().CountAsync(e => e.Sequence == null));
}

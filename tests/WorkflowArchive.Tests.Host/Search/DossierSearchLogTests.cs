using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using static WorkflowArchive.Tests.Support.StoreRows;

namespace WorkflowArchive.Tests.Search;

/// <summary>
/// A search's total is counted up to a cap from its matches in no order (reading a thousand rows, not every match), which
/// EF Core reports as a row limit without an order: a warning in the host's log for every search the staff ran, which
/// buried the warnings that matter. The search writes none.
/// </summary>
public sealed class DossierSearchLogTests
{
    [Theory]
    [InlineData("name=quiroga")]
    [InlineData("status=Received")]
    public async Task A_search_leaves_no_warning_in_the_hosts_log(string query)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var logs = new CapturedLogs();
        await using var host = new ArchiveApiFactory(database, testServices: CapturedLogs.Into(logs));
        await DomainSeed.AdvisorsAndBoxesAsync(host);
        await host.SaveAsync(Dossier("SF-2027-000501"), Dossier("SF-2027-000502", customerName: "Pedro Quiroga"));
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Add("X-Actor", "gestora");

        var found = await http.GetAsync<PagedList<DossierSummary>>($"/api/dossiers?{query}");

        Assert.Equal(2, found.Total);
        Assert.Empty(logs.Entries);
    }
}

using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Tests.Support;

/// <summary>A test class with a pooled host over a fresh SQLite database; its client acts as <paramref name="actor"/> unless a request names another.</summary>
public abstract class ApiTest(string actor) : IAsyncLifetime
{
    private HostLease _host = null!;

    protected ArchiveApiFactory Factory => _host.Factory;
    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await HostPool.LeaseAsync(DatabaseProvider.Sqlite);
        Http = Factory.CreateClient();
        Http.DefaultRequestHeaders.Add("X-Actor", actor);
    }

    protected Task<int> DefinitionRowsAsync() =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowDefinition>().CountAsync());

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
    }
}

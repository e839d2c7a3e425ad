using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Definitions;

namespace WorkflowArchive.Tests.Support;

/// <summary>A test class with the host over a fresh SQLite database; its client acts as <paramref name="actor"/> unless a request names another.</summary>
public abstract class ApiTest(string actor) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    protected ArchiveApiFactory Factory { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Factory = new ArchiveApiFactory(_database);
        Http = Factory.CreateClient();
        Http.DefaultRequestHeaders.Add("X-Actor", actor);
    }

    protected Task<int> DefinitionRowsAsync() =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<ArchiveDbContext>().Set<WorkflowDefinition>().CountAsync());

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

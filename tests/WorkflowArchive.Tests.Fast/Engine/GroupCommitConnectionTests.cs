using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Tests.Engine;

/// <summary>
/// The group commit's writer keeps one context, and its connection, from batch to batch: SQLite keeps a connection's page
/// cache only while no other connection commits. It opens another when the moves work on another store.
/// </summary>
public sealed class GroupCommitConnectionTests : IAsyncLifetime
{
    private readonly string _first = Path.Combine(Path.GetTempPath(), $"wa-writer-{Guid.NewGuid():N}.db");
    private readonly string _second = Path.Combine(Path.GetTempPath(), $"wa-writer-{Guid.NewGuid():N}.db");
    private string _store = "";
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _store = Store(_first);
        // The options are made per scope, as the host's are: a scope begun after the store changes is on the new one.
        _services = new ServiceCollection().AddDbContext<DbContext>(options => options.UseSqlite(_store)).BuildServiceProvider();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_writer_keeps_its_context_open_while_the_moves_are_on_its_store_and_opens_one_on_the_store_they_moved_to()
    {
        await using var writer = new GroupCommitConnection(_services.GetRequiredService<IServiceScopeFactory>());

        var kept = await writer.OpenAsync(null, CancellationToken.None);
        var keptConnection = kept.Database.GetDbConnection();
        Assert.Equal(ConnectionState.Open, keptConnection.State);
        Assert.Same(kept, await writer.OpenAsync(Store(_first), CancellationToken.None));
        Assert.Same(keptConnection, writer.Held);

        _store = Store(_second);
        var moved = await writer.OpenAsync(Store(_second), CancellationToken.None);
        Assert.NotSame(kept, moved);
        Assert.Equal(Store(_second), moved.Database.GetDbConnection().ConnectionString);
        Assert.Equal(ConnectionState.Open, moved.Database.GetDbConnection().State);
        // The first one was given up with its scope, not left open beside the new one.
        Assert.Equal(ConnectionState.Closed, keptConnection.State);

        await writer.ForgetAsync();
        Assert.Null(writer.Held);
        var again = await writer.OpenAsync(null, CancellationToken.None);
        Assert.Equal(Store(_second), again.Database.GetDbConnection().ConnectionString);
    }

    private static string Store(string file) => $"Data Source={file}";

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _first, _second }) File.Delete(file);
    }
}

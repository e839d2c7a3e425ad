using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The <see cref="GroupCommitWriter"/>'s own context, kept open from one batch to the next: no context to lease and set up
/// for each batch while moves wait, its prepared statements kept, and its page cache too, since SQLite empties a
/// connection's cache only when another connection has committed and the writer is the one that commits. It is given up
/// after a batch that failed (the connection may be in any state) and when the moves queued work on another store (a
/// host pointed at another database).
/// </summary>
internal sealed class GroupCommitConnection(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private AsyncServiceScope _scope;
    private DbContext? _db;

    /// <summary>For tests: the connection the writer holds between batches, or null when it holds none.</summary>
    internal System.Data.Common.DbConnection? Held => _db?.Database.GetDbConnection();

    /// <summary>
    /// The kept context with its connection open, or a new one when none is kept or the kept one is on another store than
    /// <paramref name="connectionString"/> (null: any).
    /// </summary>
    public async Task<DbContext> OpenAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (_db is { } kept && (connectionString is null || kept.Database.GetDbConnection().ConnectionString == connectionString)) return kept;
        await ForgetAsync();
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            // Through the host's own context, so the connection is set up as every other (busy timeout, functions).
            await db.Database.OpenConnectionAsync(cancellationToken);
            (_scope, _db) = (scope, db);
            return db;
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the kept context (and gives its connection back): the next batch opens a new one.</summary>
    public async Task ForgetAsync()
    {
        if (_db is null) return;
        _db = null;
        await _scope.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(ForgetAsync());
}

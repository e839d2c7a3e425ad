using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The <see cref="GroupCommitWriter"/>'s own context, kept open from one batch to the next. SQLite keeps a connection's
/// page cache across its transactions only while no other connection commits, and the writer is the one that commits: a
/// connection taken afresh for each batch had its cache emptied by the previous batch's COMMIT on another, and read every
/// index page it changed again while holding the write lock. Its prepared statements stay with it too. It is given up
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

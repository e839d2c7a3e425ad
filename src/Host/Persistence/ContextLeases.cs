using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// Hands each scope its context from EF Core's context pool: building a context and its internal services for every
/// scope cost a tenth to a fifth of a move's CPU and a third of its allocations. A pooled context serves one scope after
/// another, so as a scope takes it, it is pointed at the configured database (the tests move a booted host to a fresh
/// one), on SQLite through a connection kept open with its prepared statements (<see cref="SqliteConnectionKeeper"/>),
/// cleared of what an earlier scope may have left on it (<see cref="IContextLeaseReset"/>), and bound to the scope's
/// actor, under whom its saves are audited. The scope gives it back when it ends, through its <see cref="ContextLease"/>.
/// </summary>
internal sealed class ContextLeases(DatabaseOptions options, IEnumerable<IContextLeaseReset> resets, SqliteConnectionKeeper? keeper = null)
{
    private readonly IContextLeaseReset[] _resets = resets.ToArray();

    public ContextLease Take<TContext>(IServiceProvider scope) where TContext : ArchiveDbContext
    {
        var db = scope.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        var wanted = ConnectionString();
        KeptSqliteConnection? kept = null;
        if (keeper is not null)
        {
            kept = keeper.Take(wanted);
            db.Database.SetDbConnection(kept, contextOwnsConnection: false);
        }
        else if (db.Database.GetConnectionString() != wanted) db.Database.SetConnectionString(wanted);
        foreach (var reset in _resets) reset.Forget(db);
        db.BindTo(scope.GetRequiredService<ActorContext>());
        return new ContextLease(db, kept is null ? null : () => keeper!.GiveBack(kept));
    }

    private string ConnectionString() => options.Provider == DatabaseProvider.Postgres
        ? PostgresConnectionDefaults.Apply(options.ConnectionString!)
        : options.ConnectionString!;
}

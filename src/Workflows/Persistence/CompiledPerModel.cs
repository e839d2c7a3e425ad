using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// A fixed look-up compiled once per model: EF Core then skips building, hashing and parameterising its expression tree
/// on every call. Once per model because a compiled query refuses a context of another model, and the SQLite and
/// PostgreSQL contexts have different ones (the tests run both in one process).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
}

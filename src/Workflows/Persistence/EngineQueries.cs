using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// The fixed look-ups every move makes, compiled once: EF Core then skips building, hashing and parameterising the
/// expression tree on each call. One set per model (SQLite and PostgreSQL contexts have different ones, and the tests
/// run both in one process), so a compiled query is never asked to run on a model it was not compiled for.
/// </summary>
internal sealed class EngineQueries
{
    private static readonly ConcurrentDictionary<IModel, EngineQueries> ByModel = new();

    public static EngineQueries For(DbContext db) => ByModel.GetOrAdd(db.Model, _ => new EngineQueries());

    /// <summary>The instance a move works on, tracked (a copy already tracked in the scope is returned as it is).</summary>
    public Func<DbContext, Guid, CancellationToken, Task<WorkflowInstance?>> Instance { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => db.Set<WorkflowInstance>().FirstOrDefault(i => i.Id == id));

    /// <summary>
    /// A task with its instance and its timers (its boundary events'), all tracked, in one round trip: a completion needs
    /// the three, and read one after the other they cost three. One row per timer (one with none); the timers are found
    /// through the instance's index, as in <see cref="TimersOfTask"/>.
    /// </summary>
    public Func<DbContext, Guid, IAsyncEnumerable<TaskWithInstance>> TaskWithInstance { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid id) =>
            from t in db.Set<UserTask>().Where(t => t.Id == id)
            join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
            join timer in db.Set<WorkflowTimer>() on new { t.InstanceId, TaskId = (Guid?)t.Id } equals new { timer.InstanceId, TaskId = timer.UserTaskId } into timers
            from timer in timers.DefaultIfEmpty()
            select new TaskWithInstance(t, i, timer));

    /// <summary>
    /// What a start asks, in one round trip: the latest published version's identity, and whether an instance of the
    /// definition still runs for the business key (a second start is refused).
    /// </summary>
    public Func<DbContext, string, string, CancellationToken, Task<StartFacts?>> StartFacts { get; } =
        EF.CompileAsyncQuery((DbContext db, string key, string businessKey, CancellationToken _) => db.Set<WorkflowDefinition>()
            .Where(d => d.Key == key && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version)
            .Select(d => new StartFacts(d.Id, d.Key, d.Version, db.Set<WorkflowInstance>()
                .Any(i => i.DefinitionKey == key && i.BusinessKey == businessKey && i.Status != InstanceStatus.Completed)))
            .FirstOrDefault());

    /// <summary>
    /// A task's timers (its boundary events'), tracked; asked through its instance, whose timers are indexed (one that
    /// asked by task alone read the whole timer table, which keeps two years of retention timers).
    /// </summary>
    public Func<DbContext, Guid, Guid, IAsyncEnumerable<WorkflowTimer>> TimersOfTask { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId, Guid taskId) => db.Set<WorkflowTimer>().Where(t => t.InstanceId == instanceId && t.UserTaskId == taskId));

    /// <summary>An instance's timers, tracked.</summary>
    public Func<DbContext, Guid, IAsyncEnumerable<WorkflowTimer>> TimersOfInstance { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) => db.Set<WorkflowTimer>().Where(t => t.InstanceId == instanceId));

    /// <summary>An instance's tasks, tracked.</summary>
    public Func<DbContext, Guid, IAsyncEnumerable<UserTask>> TasksOfInstance { get; } =
        EF.CompileAsyncQuery((DbContext db, Guid instanceId) => db.Set<UserTask>().Where(t => t.InstanceId == instanceId));
}

/// <summary>The latest published version of a definition, and whether the business key already has a running instance of it.</summary>
internal sealed record StartFacts(Guid Id, string Key, int Version, bool Running);

internal sealed record TaskWithInstance(UserTask Task, WorkflowInstance Instance, WorkflowTimer? Timer);

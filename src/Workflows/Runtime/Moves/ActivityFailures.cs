using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// How a move that can run again from a clean unit of work (<see cref="MoveExecution"/>: nothing of its caller in hand)
/// undoes a failing activity: it runs again, and the activity's incident is raised where the activity ran, without
/// running it. Snapshotting the unit of work before every activity instead (<see cref="TrackerSnapshot"/>, still used
/// by moves inside their caller's transaction) went through every tracked row each time, and a review's move has
/// several activities: 3.5% of a busy host's CPU, for a failure that is rare.
/// </summary>
internal sealed class ActivityFailures
{
    /// <summary>
    /// More reruns than this is not a move any process should make (or a failure its rerun could not find again): it fails
    /// whole, with the activity's error.
    /// </summary>
    private const int MostReruns = 32;

    private static readonly ConditionalWeakTable<DbContext, ActivityFailures> Running = new();

    private readonly DbContext _db;
    private readonly ActivityFailures? _outer;
    // By definition, business key and element: a start move's instance has a new id on each attempt. Made at the first
    // failure: most moves have none.
    private Dictionary<(string Definition, string BusinessKey, string Element), Text>? _failed;
    private int _reruns;

    private ActivityFailures(DbContext db)
    {
        _db = db;
        _outer = Running.TryGetValue(db, out var outer) ? outer : null;
    }

    /// <summary>For a pooled context passing to the next scope (<see cref="Persistence.IContextLeaseReset"/>).</summary>
    internal static void Forget(DbContext db) => Running.Remove(db);

    /// <summary>The failures of the move running on <paramref name="db"/>, when it runs again after one; null when it cannot.</summary>
    public static ActivityFailures? For(DbContext db) => Running.TryGetValue(db, out var failures) ? failures : null;

    /// <summary>A repeatable move begins on <paramref name="db"/>; matched by <see cref="End"/>.</summary>
    public static ActivityFailures Begin(DbContext db)
    {
        var failures = new ActivityFailures(db);
        Running.AddOrUpdate(db, failures);
        return failures;
    }

    /// <summary>What an earlier attempt of this move learnt: the incident this activity raises instead of running.</summary>
    public Text? Known(WorkflowInstance instance, string elementId) => _failed?.GetValueOrDefault(Key(instance, elementId));

    /// <summary>Records the failure and gives what the activity throws to end the attempt.</summary>
    public Exception Failed(WorkflowInstance instance, string elementId, Text incident, Exception cause)
    {
        if (++_reruns > MostReruns) return cause;
        (_failed ??= [])[Key(instance, elementId)] = incident;
        return new RunAgain(cause);
    }

    public void End()
    {
        if (_outer is null) Running.Remove(_db);
        else Running.AddOrUpdate(_db, _outer);
    }

    private static (string, string, string) Key(WorkflowInstance instance, string elementId) => (instance.DefinitionKey, instance.BusinessKey, elementId);

    /// <summary>Ends the attempt: the move runs again from a clean unit of work, the activity's incident known.</summary>
    internal sealed class RunAgain(Exception cause) : Exception(cause.Message, cause);
}

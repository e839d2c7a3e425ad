using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Which failures mean "lost a race on a row other moves share" (a box's fill, a remisión, the store's write lock): the
/// move committed nothing and may simply run again. A race on the move's own instance or task is not one of them: that
/// one the caller hears about (409), since running it again would act on a state the person never saw.
/// </summary>
internal static class StoreConflicts
{
    // PostgreSQL: serialization_failure, deadlock_detected, lock_not_available, unique_violation (two moves creating the
    // same shared row: the second one, run again, finds it).
    private static readonly HashSet<string> PostgresStates = ["40001", "40P01", "55P03", "23505"];

    // SQLite: BUSY and LOCKED (the write lock, past the busy timeout), and CONSTRAINT's UNIQUE and PRIMARYKEY variants.
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    private static readonly ConcurrentDictionary<Type, (PropertyInfo? Code, PropertyInfo? Extended)> SqliteCodes = new();

    public static bool IsRetryable(Exception exception)
    {
        // Another move's failure rolled back the group commit this one shared: it committed nothing and may run again.
        if (exception is GroupCommitAbortedException) return true;
        if (exception is DbUpdateConcurrencyException concurrency)
            return concurrency.Entries.Count > 0 && !concurrency.Entries.Any(e => IsCallersOwn(e.Entity));
        for (var inner = exception; inner is not null; inner = inner.InnerException)
            if (inner is DbException db && IsRetryable(db)) return true;
        return false;
    }

    /// <summary>Whether a lost optimistic check on this row is the caller's to hear (its instance or task) rather than retried.</summary>
    public static bool IsCallersOwn(object entity) => entity is WorkflowInstance or UserTask;

    private static bool IsRetryable(DbException exception)
    {
        if (exception.SqlState is { } state) return PostgresStates.Contains(state);
        // Microsoft.Data.Sqlite leaves SqlState and ErrorCode empty; its codes are on properties of its own type.
        var (code, extended) = SqliteCodes.GetOrAdd(exception.GetType(), type =>
            (type.GetProperty("SqliteErrorCode"), type.GetProperty("SqliteExtendedErrorCode")));
        if (code?.GetValue(exception) is not int primary) return false;
        return primary is SqliteBusy or SqliteLocked
               || extended?.GetValue(exception) is SqliteUnique or SqlitePrimaryKey;
    }
}

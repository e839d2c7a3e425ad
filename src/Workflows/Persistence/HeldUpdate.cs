using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// A changed row whose UPDATE a move in SQLite's group commit leaves for its batch (<see cref="TrackedRowSets"/>), with the
/// batch's other rows: its table's statement and its values as they stood when the move saved. The batch writes the rows
/// of one statement together and checks that each changed; one that did not (another move of the batch changed it first),
/// or a row two moves changed, fails the batch's write, and its moves run again, each updating in its own turn.
/// </summary>
internal sealed record HeldUpdate(UpdateSet Set, object?[] Values)
{
    /// <summary>
    /// Refuses a batch in which two moves changed one row, before anything of it is written: the statements do not run in the
    /// moves' order, so the row could keep the earlier move's values. A double click shows here, not as the unique key its
    /// second outbox message would break.
    /// </summary>
    public static void EnsureEachRowOnce(IReadOnlyList<HeldUpdate> updates)
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var update in updates)
            if (!rows.Add(update.Set.RowOf(update.Values)))
                throw new DbUpdateConcurrencyException($"A {update.Set.Type.DisplayName()} row was changed by two moves of one batch.");
    }

    /// <summary>One statement per table and set of columns, after the batch's new rows (a changed row may point at one).</summary>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<HeldUpdate> updates, bool sync, CancellationToken cancellationToken)
    {
        foreach (var statement in updates.GroupBy(u => u.Set))
            await statement.Key.WriteAsync(db, statement.Select(u => u.Values).ToList(), sync, cancellationToken);
    }
}

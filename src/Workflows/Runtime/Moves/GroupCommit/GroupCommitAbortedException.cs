namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The batch this move shared could not commit because of another move (its failure took the whole transaction with it):
/// this move committed nothing through no fault of its own, so it is run again like a move that lost a race.
/// </summary>
/// <param name="appendedRowsFailed">
/// The batch failed writing its moves' appended rows together (<see cref="GroupCommitWriter"/>): no move can be told apart as
/// the cause, so each runs again writing its own rows in its own turn, where a refused row takes back only its move.
/// </param>
public sealed class GroupCommitAbortedException(Exception cause, bool appendedRowsFailed = false)
    : Exception(Texts.EngineTexts.GroupCommitRolledBack.With().ToString(), cause)
{
    public bool AppendedRowsFailed { get; } = appendedRowsFailed;
}

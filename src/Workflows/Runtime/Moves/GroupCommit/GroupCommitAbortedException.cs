namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// The batch this move shared could not commit because of another move (its failure took the whole transaction with it):
/// this move committed nothing through no fault of its own, so it is run again like a move that lost a race.
/// </summary>
public sealed class GroupCommitAbortedException(Exception cause)
    : Exception("The group commit this move was part of was rolled back by another move's failure.", cause);

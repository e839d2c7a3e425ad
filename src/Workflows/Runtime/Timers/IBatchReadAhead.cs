namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// Lets the domain read in a few queries what the activities of a batch of moves would otherwise look up one move at a
/// time (their dossiers, boxes, holds). The engine calls it with the batch's instances before it moves them together
/// (<see cref="WorkflowEngine.FireTimersTogetherAsync"/>) and tells it to forget once the batch is over: nothing read ahead
/// outlives the transaction it was read in.
/// </summary>
public interface IBatchReadAhead
{
    Task ReadAheadAsync(IReadOnlyCollection<WorkflowInstance> instances, CancellationToken cancellationToken);

    void Forget();
}

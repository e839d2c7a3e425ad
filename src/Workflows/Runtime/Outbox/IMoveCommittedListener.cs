namespace WorkflowArchive.Workflows.Runtime;

/// <summary>Told after each committed move, so the host can drain the outbox at once instead of at the next poll.</summary>
public interface IMoveCommittedListener
{
    void MoveCommitted();
}

public sealed class NoMoveCommittedListener : IMoveCommittedListener
{
    public void MoveCommitted() { }
}

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>The kinds of move, as the <c>workflow.move.kind</c> tag of the engine's metrics and traces names them.</summary>
public static class MoveKinds
{
    public const string Start = "start";
    public const string ClaimTask = "claim-task";
    public const string ReleaseTask = "release-task";
    public const string CompleteTask = "complete-task";
    public const string FireTimer = "fire-timer";
    /// <summary>A batch of due timers fired together (<see cref="WorkflowEngine.FireTimersTogetherAsync"/>).</summary>
    public const string FireTimers = "fire-timers";
    public const string RetryIncident = "retry-incident";
}

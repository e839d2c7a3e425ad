namespace WorkflowArchive.Workflows.Runtime;

/// <summary>The engine's own notifications; activities add their own types.</summary>
public static class OutboxMessageTypes
{
    public const string TaskCreated = "TaskCreated";
    public const string TaskAssigned = "TaskAssigned";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskOverdue = "TaskOverdue";
    public const string InstanceIncident = "InstanceIncident";
    public const string InstanceCompleted = "InstanceCompleted";
}

public sealed record TaskNotification(Guid TaskId, Guid InstanceId, string BusinessKey, string ElementId, string Name,
    string? CandidateRole, string? Assignee, DateTimeOffset? DueAt);

public sealed record IncidentNotification(Guid InstanceId, string BusinessKey, string DefinitionKey, string ElementId, string Message);

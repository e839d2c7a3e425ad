namespace WorkflowArchive.Host.Application;

// What the Retention endpoints and pages take and give.

public sealed record RetentionInput(string Period);

public sealed record RetentionView(string ServiceCode, string ServiceName, string Period, bool SetThroughApi, DateTimeOffset? ChangedAt, string? ChangedBy);

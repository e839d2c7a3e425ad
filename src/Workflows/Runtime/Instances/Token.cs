namespace WorkflowArchive.Workflows.Runtime;

public enum TokenStatus
{
    /// <summary>Has reached its element and is about to run it.</summary>
    Arrived,
    /// <summary>Waits for a person (user task) or for time (timer).</summary>
    Waiting,
    /// <summary>Waits at a parallel join for the other branches.</summary>
    Joining,
    /// <summary>Stopped by a failure; resumes with a retry.</summary>
    Incident,
}

/// <summary>A point of execution. Stored inside the instance row so one row update moves all of them together.</summary>
public sealed class Token
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string ElementId { get; set; }
    public TokenStatus Status { get; set; }

    /// <summary>The flow it came in by: a parallel join counts arrivals per incoming flow.</summary>
    public string? ArrivedVia { get; set; }
}

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>
/// A side effect written in the same transaction as the move that caused it, and delivered after commit.
/// <see cref="IdempotencyKey"/> lets receivers drop a second delivery.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = RandomIds.Next();
    public required string Type { get; set; }
    public required string PayloadJson { get; set; }
    public required string IdempotencyKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? ParkedAt { get; set; }

    /// <summary>The host delivering (or that delivered) the message.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when <see cref="ClaimedBy"/> holds the message; after that another host may take it over.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}

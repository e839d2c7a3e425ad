using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>Adds outbox rows to the move's unit of work; nothing leaves before the move commits.</summary>
public sealed class OutboxWriter(DbContext db, DateTimeOffset now)
{
    public void Enqueue(string type, object payload, string idempotencyKey) =>
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Type = type,
            PayloadJson = JsonSerializer.Serialize(payload, WorkflowJson.Options),
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
            NextAttemptAt = now,
        });
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Workflows.Runtime;

/// <summary>Adds outbox rows to the move's append buffer, written by its SaveChanges; nothing leaves before the move commits.</summary>
public sealed class OutboxWriter(DbContext db, DateTimeOffset now)
{
    public void Enqueue(string type, object payload, string idempotencyKey) =>
        AppendBuffer.For(db).Add(new OutboxMessage
        {
            Type = type,
            PayloadJson = JsonSerializer.Serialize(payload, WorkflowJson.Options),
            IdempotencyKey = idempotencyKey,
            CreatedAt = now,
            NextAttemptAt = now,
        });
}

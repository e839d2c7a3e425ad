using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>The engine's tables. The host's DbContext applies this next to its own domain model, so one transaction covers both.</summary>
public static class WorkflowModelConfiguration
{
    public static ModelBuilder ApplyWorkflowEngineModel(this ModelBuilder model)
    {
        model.Entity<WorkflowDefinition>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(d => d.Id);
            e.Property(d => d.Key).HasMaxLength(200);
            e.Property(d => d.Name).HasMaxLength(500);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.Property(d => d.CreatedBy).HasMaxLength(200);
            e.Property(d => d.PublishedBy).HasMaxLength(200);
            e.Property(d => d.Comment).HasMaxLength(2000);
            e.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        });

        model.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.DefinitionKey).HasMaxLength(200);
            e.Property(i => i.BusinessKey).HasMaxLength(200);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.IncidentElementId).HasMaxLength(200);
            e.Property(i => i.StartedBy).HasMaxLength(200);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.Ignore(i => i.Variables);
            e.Ignore(i => i.Tokens);
            e.HasIndex(i => new { i.DefinitionKey, i.BusinessKey });
            e.HasIndex(i => new { i.Status, i.StartedAt });
            // The oversight list pages through every instance, newest first.
            e.HasIndex(i => i.StartedAt);
        });

        model.Entity<UserTask>(e =>
        {
            e.ToTable("wf_user_tasks");
            e.HasKey(t => t.Id);
            e.Property(t => t.DefinitionKey).HasMaxLength(200);
            e.Property(t => t.BusinessKey).HasMaxLength(200);
            e.Property(t => t.ElementId).HasMaxLength(200);
            e.Property(t => t.Name).HasMaxLength(500);
            e.Property(t => t.CandidateRole).HasMaxLength(100);
            e.Property(t => t.Assignee).HasMaxLength(200);
            e.Property(t => t.FormKey).HasMaxLength(100);
            e.Property(t => t.CompletedBy).HasMaxLength(200);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Revision).IsConcurrencyToken();
            e.HasIndex(t => new { t.Status, t.CandidateRole });
            e.HasIndex(t => new { t.Status, t.Assignee });
            e.HasIndex(t => t.InstanceId);
            e.HasIndex(t => new { t.Status, t.DueAt });
        });

        model.Entity<TaskComment>(e =>
        {
            e.ToTable("wf_task_comments");
            e.HasKey(c => c.Id);
            e.Property(c => c.Author).HasMaxLength(200);
            e.Property(c => c.Text).HasMaxLength(TaskComment.MaxLength);
            e.HasIndex(c => new { c.TaskId, c.At });
        });

        model.Entity<WorkflowTimer>(e =>
        {
            e.ToTable("wf_timers");
            e.HasKey(t => t.Id);
            e.Property(t => t.ElementId).HasMaxLength(200);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.FiredBy).HasMaxLength(200);
            e.HasIndex(t => new { t.Status, t.DueAt });
            e.HasIndex(t => t.InstanceId);
        });

        model.Entity<JournalEntry>(e =>
        {
            e.ToTable("wf_journal");
            e.HasKey(j => j.Id);
            e.Property(j => j.ElementId).HasMaxLength(200);
            e.Property(j => j.ElementName).HasMaxLength(500);
            e.Property(j => j.Action).HasConversion<string>().HasMaxLength(30);
            e.Property(j => j.Actor).HasMaxLength(200);
            e.HasIndex(j => new { j.InstanceId, j.Id });
        });

        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("wf_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(100);
            e.Property(m => m.IdempotencyKey).HasMaxLength(300);
            e.Property(m => m.ClaimedBy).HasMaxLength(200);
            e.HasIndex(m => m.IdempotencyKey).IsUnique();
            e.HasIndex(m => new { m.ProcessedAt, m.ParkedAt, m.NextAttemptAt });
            // The administrator's list of parked messages, oldest first, among every message ever delivered: an index of
            // the parked ones only.
            e.HasIndex(m => m.CreatedAt, "IX_wf_outbox_parked").HasFilter("\"ParkedAt\" IS NOT NULL");
        });
        return model;
    }
}

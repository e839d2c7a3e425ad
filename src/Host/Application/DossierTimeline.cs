using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Auditing;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

public enum TimelineSource { Procedure, Dossier, Audit }

/// <summary>One line of a dossier's timeline, whatever recorded it.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? Actor, TimelineSource Source, string Title, string? Detail);

/// <summary>
/// "Where is this file and how did it get there": the workflow journal, the dossier's own history and the audit trail,
/// merged in time order. Token bookkeeping (entered/left) is left out; people read steps, not tokens.
/// </summary>
public sealed class DossierTimeline(ArchiveDbContext db)
{
    private static readonly JournalAction[] Shown =
    [
        JournalAction.Started, JournalAction.TaskCreated, JournalAction.TaskClaimed, JournalAction.TaskReleased, JournalAction.TaskCompleted,
        JournalAction.TaskCancelled, JournalAction.TimerScheduled, JournalAction.TimerFired, JournalAction.Incident, JournalAction.Retried,
        JournalAction.Completed,
    ];

    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstAsync(d => d.Id == dossierId, cancellationToken);
        var instanceIds = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.BusinessKey == dossier.OrderNumber).Select(i => i.Id).ToListAsync(cancellationToken);
        var journal = await db.Set<JournalEntry>().AsNoTracking()
            .Where(j => instanceIds.Contains(j.InstanceId) && Shown.Contains(j.Action)).ToListAsync(cancellationToken);
        var events = await db.Set<DossierEvent>().AsNoTracking().Where(e => e.DossierId == dossierId).ToListAsync(cancellationToken);
        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ObjectType == nameof(Dossier) && a.ObjectId == dossierId.ToString()).ToListAsync(cancellationToken);

        return journal.Select(j => new TimelineEntry(j.At, j.Actor, TimelineSource.Procedure, $"{ActionName(j.Action)}: {j.ElementName ?? j.ElementId}", Readable(j.Summary)))
            .Concat(events.Select(e => new TimelineEntry(e.At, e.Actor, TimelineSource.Dossier, e.Action, e.Detail)))
            .Concat(audit.Select(AuditRecord.From).Select(AuditLine))
            .OrderBy(e => e.At).ThenBy(e => e.Source)
            .ToList();
    }

    /// <summary>Journal summaries end with the variables as JSON for the API; people read the words before them.</summary>
    private static string? Readable(string? summary)
    {
        var json = summary?.IndexOf('{') ?? -1;
        var text = json >= 0 ? summary![..json].Trim() : summary;
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A creation is one line; a change lists each property as before → after, values shortened.</summary>
    private static TimelineEntry AuditLine(AuditRecord record) => record.Action == "Created"
        ? new(record.At, record.Actor, TimelineSource.Audit, "Registro del expediente creado", null)
        : new(record.At, record.Actor, TimelineSource.Audit, "Datos modificados",
            string.Join("; ", record.Changes.Select(c => $"{c.Property}: {Value(c.Before)} → {Value(c.After)}")));

    private static string Value(System.Text.Json.Nodes.JsonNode? node)
    {
        var text = node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "—";
        return text.Length > 60 ? text[..57] + "…" : text;
    }

    private static string ActionName(JournalAction action) => action switch
    {
        JournalAction.Started => "Inicio del proceso",
        JournalAction.TaskCreated => "Tarea creada",
        JournalAction.TaskClaimed => "Tarea tomada",
        JournalAction.TaskReleased => "Tarea liberada",
        JournalAction.TaskCompleted => "Tarea completada",
        JournalAction.TaskCancelled => "Tarea cancelada",
        JournalAction.TimerScheduled => "Plazo programado",
        JournalAction.TimerFired => "Plazo cumplido",
        JournalAction.Incident => "Incidente",
        JournalAction.Retried => "Reintento",
        JournalAction.Completed => "Fin del proceso",
        _ => action.ToString(),
    };
}

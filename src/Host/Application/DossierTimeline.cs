using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Transfers;
using WorkflowArchive.Host.Components.Requirements;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>What a timeline line is about, for the page's filter chips: the procedure's steps, data changes, retrieval requests.</summary>
public enum TimelineKind { Step, Change, Request }

/// <summary>One line of a dossier's timeline, whatever recorded it, with what happened under it (a step's bookkeeping, a change's fields).</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? Actor, TimelineKind Kind, string Title, string? Detail, IReadOnlyList<StepLine> Lines);

/// <summary>
/// "Where is this file and how did it get there": the procedure's steps (with the engine's bookkeeping grouped under
/// each), the dossier's own history and its audit trail, merged in time order and written for people.
/// </summary>
public sealed class DossierTimeline(ArchiveDbContext db, DefinitionModels models, JournalSteps steps, ReadableText readable)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(Guid dossierId, CancellationToken cancellationToken = default)
    {
        var dossier = await db.Set<Dossier>().AsNoTracking().FirstAsync(d => d.Id == dossierId, cancellationToken);
        var procedure = await StepsAsync(dossier.OrderNumber, cancellationToken);
        var events = await db.Set<DossierEvent>().AsNoTracking().Where(e => e.DossierId == dossierId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var requestNumbers = await db.Set<RetrievalRequest>().AsNoTracking().Where(r => r.DossierId == dossierId)
            .Select(r => r.Number).ToListAsync(cancellationToken);
        var audit = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ObjectType == nameof(Dossier) && a.ObjectId == dossierId.ToString()).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var references = await ReferencesAsync(audit, cancellationToken);
        var changes = new DossierChanges(readable, references);
        var advisor = references.Names.Advisor(dossier.AdvisorCode);

        return procedure
            .Concat(events.Select(e => new TimelineEntry(e.At, e.Actor, AboutRequest(e, requestNumbers) ? TimelineKind.Request : TimelineKind.Step,
                e.Action, NamingAdvisor(readable.Of(e.Detail), dossier.AdvisorCode, advisor), [])))
            .Concat(audit.Select(AuditRecord.From).Select(changes.Entry).OfType<TimelineEntry>())
            .OrderBy(e => e.At)
            .ToList();
    }

    private async Task<IEnumerable<TimelineEntry>> StepsAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var instances = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.BusinessKey == orderNumber)
            .Select(i => new { i.Id, i.DefinitionId }).ToListAsync(cancellationToken);
        var entries = new List<TimelineEntry>();
        foreach (var instance in instances)
        {
            var definition = await db.Set<WorkflowDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == instance.DefinitionId, cancellationToken);
            var journal = await db.Set<JournalEntry>().AsNoTracking().Where(j => j.InstanceId == instance.Id).ToListAsync(cancellationToken);
            var model = definition is null ? null : models.Get(definition);
            entries.AddRange(steps.Read(model, journal).Select(s => new TimelineEntry(s.At, s.Actor, TimelineKind.Step, s.Name, s.Outcome, s.Lines)));
        }
        return entries;
    }

    /// <summary>The history says "Recibido de arojas"; people read the advisor's name (codes inside a classification stay).</summary>
    private static string? NamingAdvisor(string? text, string code, string name) => text is null
        ? null
        : System.Text.RegularExpressions.Regex.Replace(text, $@"(?<=^|\s){System.Text.RegularExpressions.Regex.Escape(code)}(?=$|[\s,.;:)])", name);

    /// <summary>A request's answer is written on the dossier's history too, naming the request.</summary>
    private static bool AboutRequest(DossierEvent e, IReadOnlyList<string> requestNumbers) =>
        e.Detail is { } detail && requestNumbers.Any(number => detail.Contains(number, StringComparison.Ordinal));

    /// <summary>The boxes, binders and remisiones the audit trail names by id, and the catalog's names for its codes.</summary>
    private async Task<DossierReferences> ReferencesAsync(IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        var ids = audit.SelectMany(a => AuditRecord.From(a).Changes)
            .SelectMany(c => new[] { c.Before, c.After })
            .Select(v => v is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var s) && Guid.TryParse(s, out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var batches = await db.Set<Batch>().AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Number, cancellationToken);
        var manifests = await db.Set<TransferManifest>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Number, cancellationToken);
        var names = new CatalogLabels(
            await db.Set<WorkflowArchive.Domain.Catalog.ServiceType>().AsNoTracking().Select(s => ServiceView.From(s)).ToListAsync(cancellationToken),
            await db.Set<WorkflowArchive.Domain.Catalog.TransactionType>().AsNoTracking().Select(t => TransactionView.From(t)).ToListAsync(cancellationToken),
            await db.Set<WorkflowArchive.Domain.Advisors.Advisor>().AsNoTracking().Select(a => AdvisorView.From(a)).ToListAsync(cancellationToken));
        return new DossierReferences(boxes, batches, manifests, names);
    }
}

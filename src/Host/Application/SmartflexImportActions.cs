using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>One past import as the audit trail recorded it: when, who, and its counts (the per-line report is not kept).</summary>
public sealed record SmartflexImportHistoryView(DateTimeOffset At, string Actor, int Imported, int Updated, int Unchanged, int Rejected);

/// <summary>Loading a Smartflex export and the history of past loads, for the API and the Smartflex page alike.</summary>
public sealed class SmartflexImportActions(SmartflexImporter importer, ProblemTexts texts, ArchiveDbContext db)
{
    public const int HistoryLength = 50;

    private const string AuditType = "SmartflexImport";

    public async Task<SmartflexImportReport> ImportAsync(string csv, string actor, CancellationToken cancellationToken = default) =>
        SmartflexImportReport.From(await importer.ImportAsync(csv, actor, cancellationToken), texts);

    /// <summary>The latest imports, newest first; the importer audits each one with its counts.</summary>
    public async Task<IReadOnlyList<SmartflexImportHistoryView>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.ObjectType == AuditType)
            .OrderByDescending(e => e.Id).Take(HistoryLength).ToListAsync(cancellationToken);
        return entries.Select(e =>
        {
            var counts = JsonSerializer.Deserialize<Counts>(e.ChangesJson, WorkflowJson.Options) ?? new Counts(0, 0, 0, 0);
            return new SmartflexImportHistoryView(e.At, e.Actor, counts.Imported, counts.Updated, counts.Unchanged, counts.Rejected);
        }).ToList();
    }

    private sealed record Counts(int Imported, int Updated, int Unchanged, int Rejected);
}

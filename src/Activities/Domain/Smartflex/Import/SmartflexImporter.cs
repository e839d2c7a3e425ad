using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Smartflex.Import;

/// <summary>
/// Loads a Smartflex sales export into <c>smartflex_sales</c>: valid rows are inserted or, when the order number is
/// already there, updated; bad rows are reported by line. One SaveChanges, with one audit entry naming who imported.
/// </summary>
public sealed class SmartflexImporter(DbContext db, TimeProvider time)
{
    public const int MaxErrorsListed = 1000;

    // Lookups go in chunks: databases cap the number of parameters in one query.
    private const int LookupChunk = 500;

    public async Task<SmartflexImportResult> ImportAsync(string csv, string user, CancellationToken cancellationToken)
    {
        var rules = await SmartflexExportRules.LoadAsync(db, cancellationToken);
        var export = SmartflexExportReader.Read(csv, rules);

        var existing = await ExistingAsync(export.Sales.Select(s => s.Sale.OrderNumber).ToList(), cancellationToken);
        int imported = 0, updated = 0, unchanged = 0;
        foreach (var sale in export.Sales.Select(s => s.Sale))
        {
            if (!existing.TryGetValue(sale.OrderNumber, out var stored)) { db.Add(sale); imported++; }
            else if (CopyChanges(sale, stored)) updated++;
            else unchanged++;
        }

        var result = new SmartflexImportResult(imported, updated, unchanged, export.Errors.Count,
            export.Errors.Take(MaxErrorsListed).ToList(), Math.Max(0, export.Errors.Count - MaxErrorsListed));
        db.Add(AuditOf(result, user));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<Dictionary<string, SmartflexSale>> ExistingAsync(List<string> orderNumbers, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SmartflexSale>(StringComparer.Ordinal);
        foreach (var chunk in orderNumbers.Chunk(LookupChunk))
            foreach (var sale in await db.Set<SmartflexSale>().Where(s => chunk.Contains(s.OrderNumber)).ToListAsync(cancellationToken))
                found[sale.OrderNumber] = sale;
        return found;
    }

    /// <summary>Copies the export's values onto the stored sale; EF marks only the values that differ, so "modified" means changed.</summary>
    private bool CopyChanges(SmartflexSale from, SmartflexSale to)
    {
        var entry = db.Entry(to);
        entry.CurrentValues.SetValues(from);
        return entry.State == EntityState.Modified;
    }

    // Sales are not audited row by row (an export holds thousands); the import itself is, with its counts.
    private AuditEntry AuditOf(SmartflexImportResult result, string user)
    {
        var now = time.GetUtcNow();
        return new AuditEntry
        {
            ObjectType = "SmartflexImport",
            ObjectId = $"{now:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..6]}",
            Action = "Imported",
            At = now,
            Actor = user,
            ChangesJson = JsonSerializer.Serialize(new { result.Imported, result.Updated, result.Unchanged, result.Rejected }, WorkflowJson.Options),
        };
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Domain.Auditing;

/// <summary>
/// Writes a pass's links (place, previous hash, hash) with one UPDATE, the entries read untracked: the pass holds the
/// store's write turn, and change tracking and EF Core's save pipeline had been most of the time it held it. Only an entry
/// still unlinked is written, and a pass whose count comes out short fails whole, so no entry is ever linked twice.
/// </summary>
internal static class AuditLinkWrite
{
    public static async Task WriteAsync(DbContext db, IReadOnlyList<AuditEntry> linked, CancellationToken cancellationToken)
    {
        if (linked.Count == 0) return;
        var columns = Columns.For(db.Model);
        var written = RowClaims.IsSqlite(db)
            ? await db.Database.ExecuteSqlRawAsync(columns.SqliteUpdate, [Json(linked)], cancellationToken)
            : await db.Database.ExecuteSqlRawAsync(columns.PostgresUpdate,
                [linked.Select(e => e.Id).ToArray(), linked.Select(e => e.Sequence!.Value).ToArray(),
                 linked.Select(e => e.PreviousHash).ToArray(), linked.Select(e => e.Hash).ToArray()], cancellationToken);
        if (written != linked.Count)
            throw new InvalidOperationException($"Audit chain: {linked.Count - written} of {linked.Count} entries were linked by someone else during the pass.");
    }

    /// <summary>[[id, sequence, previous hash, hash], …]: ids and places are integers, hashes hexadecimal, so nothing needs escaping.</summary>
    private static string Json(IReadOnlyList<AuditEntry> linked)
    {
        var json = new StringBuilder(linked.Count * 160).Append('[');
        foreach (var entry in linked)
        {
            if (json.Length > 1) json.Append(',');
            json.Append('[').Append(entry.Id).Append(',').Append(entry.Sequence!.Value)
                .Append(",\"").Append(entry.PreviousHash).Append("\",\"").Append(entry.Hash).Append("\"]");
        }
        return json.Append(']').ToString();
    }

    /// <summary>
    /// The two statements, named from the model (table and columns as mapped), made once per model. On SQLite the unary
    /// <c>+</c> keeps the planner off the index on the chain's places: through it, it read the unlinked entries first and
    /// parsed the whole JSON again for each of them, a pass of 500 entries costing seconds of CPU.
    /// </summary>
    private sealed record Columns(string SqliteUpdate, string PostgresUpdate)
    {
        private static readonly ConditionalWeakTable<IModel, Columns> Made = new();

        public static Columns For(IModel model) => Made.GetValue(model, Make);

        private static Columns Make(IModel model)
        {
            var type = model.FindEntityType(typeof(AuditEntry))!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            string Column(string property) => $"\"{type.FindProperty(property)!.GetColumnName(table)}\"";
            var (id, sequence, previous, hash) = (Column(nameof(AuditEntry.Id)), Column(nameof(AuditEntry.Sequence)),
                Column(nameof(AuditEntry.PreviousHash)), Column(nameof(AuditEntry.Hash)));
            var name = $"\"{table.Name}\"";
            return new Columns(
                $"UPDATE {name} SET {sequence} = v.value ->> 1, {previous} = v.value ->> 2, {hash} = v.value ->> 3 " +
                $"FROM json_each({{0}}) AS v WHERE {name}.{id} = v.value ->> 0 AND +{name}.{sequence} IS NULL",
                $"UPDATE {name} AS a SET {sequence} = v.sequence, {previous} = v.previous, {hash} = v.hash " +
                $"FROM unnest({{0}}, {{1}}, {{2}}, {{3}}) AS v(id, sequence, previous, hash) WHERE a.{id} = v.id AND a.{sequence} IS NULL");
        }
    }
}

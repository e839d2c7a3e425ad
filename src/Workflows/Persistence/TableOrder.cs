using Microsoft.EntityFrameworkCore.Metadata;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>The order in which tables' new rows are written so that the store's reference checks pass.</summary>
internal static class TableOrder
{
    /// <summary>
    /// Tables whose rows point only at rows already written come first, otherwise in the order given (one entry per table);
    /// null if they point at each other.
    /// </summary>
    public static List<T>? ByReferences<T>(IReadOnlyList<T> tables, Func<T, IEntityType> typeOf)
    {
        if (tables.Count < 2) return [.. tables];
        var ordered = new List<T>(tables.Count);
        var pending = tables.ToList();
        while (pending.Count > 0)
        {
            var at = pending.FindIndex(t => !typeOf(t).GetForeignKeys().Any(fk => fk.PrincipalEntityType != typeOf(t) && pending.Any(o => typeOf(o) == fk.PrincipalEntityType)));
            if (at < 0) return null;
            ordered.Add(pending[at]);
            pending.RemoveAt(at);
        }
        return ordered;
    }
}

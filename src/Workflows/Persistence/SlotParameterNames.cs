using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// The parameter names of one multi-row statement in each slot of a <see cref="StatementBatch"/>'s command, made once
/// and grown as larger statements need them: a send names its values without building a string per value.
/// </summary>
internal sealed class SlotParameterNames(ISqlGenerationHelper sql)
{
    private readonly string[]?[] _names = new string[StatementBatch.Slots][];

    /// <summary>The slot's first <paramref name="count"/> names.</summary>
    public string[] For(int slot, int count)
    {
        var names = _names[slot];
        if (names is not null && names.Length >= count) return names;
        names = Enumerable.Range(0, count).Select(i => sql.GenerateParameterName(StatementBatch.ParameterName(slot, i))).ToArray();
        _names[slot] = names;
        return names;
    }
}

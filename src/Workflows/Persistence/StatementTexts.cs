namespace WorkflowArchive.Workflows.Persistence;

/// <summary>
/// The statement texts of one send, compared by their text: a batch's queued list while it looks its command up, a copy
/// once kept. The texts are the ones AppendTable and the row sets make once per process, so most compare by reference.
/// </summary>
internal readonly struct StatementTexts(IReadOnlyList<string> texts) : IEquatable<StatementTexts>
{
    public IReadOnlyList<string> Texts => texts;

    public int Length
    {
        get
        {
            var length = 0;
            for (var i = 0; i < texts.Count; i++) length += texts[i].Length;
            return length;
        }
    }

    public StatementTexts Kept() => new(texts.ToArray());

    public string Joined() => texts.Count == 1 ? texts[0] : string.Join(";\n", texts);

    public bool Equals(StatementTexts other)
    {
        if (texts.Count != other.Texts.Count) return false;
        for (var i = 0; i < texts.Count; i++)
            if (!ReferenceEquals(texts[i], other.Texts[i]) && !string.Equals(texts[i], other.Texts[i], StringComparison.Ordinal)) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is StatementTexts other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < texts.Count; i++) hash.Add(texts[i], StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}

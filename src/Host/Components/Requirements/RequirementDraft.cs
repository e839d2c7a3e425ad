using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Host.Application;

namespace WorkflowArchive.Host.Components.Requirements;

/// <summary>One row of a requirement version being edited.</summary>
public sealed class DraftItem
{
    public string ServiceCode { get; set; } = RequirementItem.Any;
    public string TransactionCode { get; set; } = RequirementItem.Any;
    public string DocumentCode { get; set; } = "";
    public string DocumentName { get; set; } = "";
    public bool MustBeSigned { get; set; }
    public RequirementCondition Condition { get; set; }
    public DocumentForms Keeps { get; set; } = DocumentForms.Copy;
}

/// <summary>
/// A new version of the requirement lists as a process owner edits it: it starts as a copy of the newest version, so
/// a change is a few edits rather than retyping the list. The catalog checks it again when it is published.
/// </summary>
public sealed class RequirementDraft
{
    public int? BasedOnVersion { get; private init; }
    public DateTime? EffectiveFrom { get; set; }
    public string? Comment { get; set; }
    public List<DraftItem> Items { get; } = [];

    public static RequirementDraft CopyOf(RequirementSetView? newest, DateOnly effectiveFrom)
    {
        var draft = new RequirementDraft { BasedOnVersion = newest?.Version, EffectiveFrom = effectiveFrom.ToDateTime(TimeOnly.MinValue) };
        draft.Items.AddRange((newest?.Items ?? []).Select(i => new DraftItem
        {
            ServiceCode = i.ServiceCode, TransactionCode = i.TransactionCode, DocumentCode = i.DocumentCode,
            DocumentName = i.DocumentName, MustBeSigned = i.MustBeSigned, Condition = i.Condition, Keeps = i.Keeps ?? DocumentForms.Copy,
        }));
        return draft;
    }

    public DraftItem Add()
    {
        var item = new DraftItem();
        Items.Add(item);
        return item;
    }

    public void Remove(DraftItem item) => Items.Remove(item);

    /// <summary>What keeps the draft from being published, in words for the person editing it.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (EffectiveFrom is null) problems.Add("Indique desde qué fecha rige la versión.");
        if (Items.Count == 0) problems.Add("La versión necesita al menos un documento exigido.");
        for (var row = 0; row < Items.Count; row++)
            if (string.IsNullOrWhiteSpace(Items[row].DocumentCode) || string.IsNullOrWhiteSpace(Items[row].DocumentName))
                problems.Add($"Fila {row + 1}: falta el código o el nombre del documento.");
        problems.AddRange(Items
            .Where(i => !string.IsNullOrWhiteSpace(i.DocumentCode))
            .GroupBy(i => (i.ServiceCode, i.TransactionCode, Code: i.DocumentCode.Trim().ToLowerInvariant(), i.Condition))
            .Where(g => g.Count() > 1)
            .Select(g => $"El documento «{g.Key.Code}» está repetido para {g.Key.ServiceCode} · {g.Key.TransactionCode}."));
        return problems;
    }

    public RequirementSetInput ToInput() => new(
        DateOnly.FromDateTime(EffectiveFrom ?? throw new InvalidOperationException("The draft has no effective date.")),
        string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim(),
        Items.Select(i => new RequirementItemInput(i.ServiceCode, i.TransactionCode, i.DocumentCode.Trim(), i.DocumentName.Trim(),
            i.MustBeSigned, i.Condition, i.Keeps)).ToList());
}

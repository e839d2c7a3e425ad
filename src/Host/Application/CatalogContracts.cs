using WorkflowArchive.Domain.Catalog;

namespace WorkflowArchive.Host.Application;

// What the Catalog endpoints and pages take and give.

/// <summary>One required document; <see cref="Keeps"/> left out keeps a copy only, as lists published before the rule did.</summary>
public sealed record RequirementItemInput(string ServiceCode, string TransactionCode, string DocumentCode, string DocumentName,
    bool MustBeSigned, RequirementCondition Condition, DocumentForms? Keeps = null);

public sealed record RequirementSetInput(DateOnly EffectiveFrom, string? Comment, IReadOnlyList<RequirementItemInput> Items);

public sealed record RequirementSetView(int Version, DateOnly EffectiveFrom, string? Comment, DateTimeOffset CreatedAt, string CreatedBy,
    IReadOnlyList<RequirementItemInput> Items)
{
    public static RequirementSetView From(RequirementSet s) => new(s.Version, s.EffectiveFrom, s.Comment, s.CreatedAt, s.CreatedBy,
        s.Items.OrderBy(i => i.ServiceCode).ThenBy(i => i.TransactionCode).ThenBy(i => i.DocumentCode)
            .Select(i => new RequirementItemInput(i.ServiceCode, i.TransactionCode, i.DocumentCode, i.DocumentName, i.MustBeSigned, i.Condition, i.Keeps)).ToList());
}

public sealed record ServiceView(string Code, string Name, bool Active)
{
    public static ServiceView From(ServiceType s) => new(s.Code, s.Name, s.Active);
}

public sealed record TransactionView(string Code, string Name, bool IsPostSale, bool Active)
{
    public static TransactionView From(TransactionType t) => new(t.Code, t.Name, t.IsPostSale, t.Active);
}

public sealed record RequiredDocumentView(string DocumentCode, string DocumentName, bool MustBeSigned, DocumentForms Keeps);

/// <summary>The documents one kind of transaction needs, from the requirement set in force on a sale date.</summary>
public sealed record RequiredDocumentsView(int Version, IReadOnlyList<RequiredDocumentView> Documents);

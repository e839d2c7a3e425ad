using WorkflowArchive.Workflows;
namespace WorkflowArchive.Domain.Catalog;

/// <summary>When a required document applies.</summary>
public enum RequirementCondition
{
    Always,
    /// <summary>Only when the customer is a company (NIT, company papers).</summary>
    CompanyOnly,
    /// <summary>Only when the customer is a person.</summary>
    PersonOnly,
    /// <summary>Only when a representative signs for the holder (notarised power of attorney).</summary>
    RepresentativeSigns,
}

/// <summary>
/// One version of the required-documents lists (step 5.2). A dossier is checked against the set in force on its
/// sale date: the one with the latest <see cref="EffectiveFrom"/> not after that date.
/// </summary>
public sealed class RequirementSet
{
    public Guid Id { get; set; } = RandomIds.Next();
    public int Version { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<RequirementItem> Items { get; set; } = [];
}

/// <summary>A document required for a service/transaction pair; "*" stands for every service or every transaction.</summary>
public sealed class RequirementItem
{
    public const string Any = "*";

    public Guid Id { get; set; } = RandomIds.Next();
    public Guid RequirementSetId { get; set; }
    public required string ServiceCode { get; set; }
    public required string TransactionCode { get; set; }
    public required string DocumentCode { get; set; }
    public required string DocumentName { get; set; }
    public bool MustBeSigned { get; set; }
    public RequirementCondition Condition { get; set; }

    /// <summary>Which forms the archive must keep; copy only unless the list says otherwise (a rule that existed before asked for nothing more).</summary>
    public DocumentForms Keeps { get; set; } = DocumentForms.Copy;

    public bool AppliesTo(string serviceCode, string transactionCode, bool customerIsCompany, bool signedByRepresentative) =>
        (ServiceCode == Any || ServiceCode == serviceCode)
        && (TransactionCode == Any || TransactionCode == transactionCode)
        && Condition switch
        {
            RequirementCondition.CompanyOnly => customerIsCompany,
            RequirementCondition.PersonOnly => !customerIsCompany,
            RequirementCondition.RepresentativeSigns => signedByRepresentative,
            _ => true,
        };
}

namespace WorkflowArchive.Domain.Transfers;

/// <summary>A counter that hands out numbers (remisiones per year): each is taken by one transaction only.</summary>
public sealed class NumberSequence
{
    public required string Name { get; set; }
    public long LastValue { get; set; }
}

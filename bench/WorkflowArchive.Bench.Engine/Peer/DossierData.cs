namespace WorkflowArchive.Bench.Engine.Peer;

public sealed record ReviewedDocument(string Code, bool Received, bool Legible, bool Signed);

/// <summary>The peer's instance data: the same variables our instance carries, kept by WorkflowCore's in-memory persistence.</summary>
public sealed class DossierData
{
    public string OrderNumber { get; set; } = "";
    public string CustomerName { get; set; } = "";
    public string CustomerDocument { get; set; } = "";
    public string ServiceCode { get; set; } = "";
    public string TransactionCode { get; set; } = "";
    public string AdvisorCode { get; set; } = "";
    public DateOnly SaleDate { get; set; }

    /// <summary>The event key the open task waits for.</summary>
    public string TaskKey { get; set; } = "";

    /// <summary>What the last completed task's form carried (the event data).</summary>
    public object? TaskOutput { get; set; }

    public string Status { get; set; } = "";
    public bool SmartflexOk { get; set; }
    public bool Complete { get; set; }
    public List<string> MissingItems { get; set; } = [];
    public int ReturnCount { get; set; }
    public DateTime CorrectionDueAt { get; set; }
    public string? ClassificationCode { get; set; }
    public string? Location { get; set; }
    public TimeSpan RetentionPeriod { get; set; }
    public bool OnHold { get; set; }
    public string? ManifestNumber { get; set; }
    public string? Receipt { get; set; }
    public List<string> History { get; set; } = [];
}

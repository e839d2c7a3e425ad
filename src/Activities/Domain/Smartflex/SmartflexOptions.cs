namespace WorkflowArchive.Domain.Smartflex;

/// <summary>Where the sales come from: the demo simulator, the real Smartflex over HTTP, or CSV exports imported into our table.</summary>
public enum SmartflexMode { Simulator, Http, Import }

/// <summary>The <c>Smartflex</c> configuration section.</summary>
public sealed class SmartflexOptions
{
    public const string Section = "Smartflex";

    public SmartflexMode Mode { get; set; } = SmartflexMode.Simulator;

    /// <summary>Http mode: the address the <c>orders/{orderNumber}</c> path is appended to.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Http mode: how long one attempt may take before it counts as failed.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Http mode: further attempts after a timeout, a network error or a transient status (5xx, 408, 429).</summary>
    public int Retries { get; set; } = 2;

    /// <summary>Http mode: wait before the first retry; it doubles for each further one.</summary>
    public int RetryDelayMilliseconds { get; set; } = 500;
}

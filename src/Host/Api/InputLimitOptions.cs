namespace WorkflowArchive.Host.Api;

/// <summary>The <c>InputLimits</c> section: how long a text and how large a set of variables one request may send.</summary>
public sealed class InputLimitOptions
{
    public const string Section = "InputLimits";

    /// <summary>Numbers, codes and names (binder, order, box, person): none is near this long.</summary>
    public int MaxTextLength { get; set; } = 200;

    /// <summary>Free text a person writes to explain (a hold's reason, a publication comment): a paragraph or two.</summary>
    public int MaxLongTextLength { get; set; } = 2000;

    /// <summary>Variables sent with one start or task completion, as JSON.</summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;
}

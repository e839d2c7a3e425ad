namespace WorkflowArchive.Host.Security;

/// <summary>The <c>Security:SignInLimit</c> section: how many sign-in attempts a window admits, per client address and per user name.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "Security:SignInLimit";

    public int PermitsPerAddress { get; set; } = 20;

    public int PermitsPerUserName { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}

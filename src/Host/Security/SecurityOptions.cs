namespace WorkflowArchive.Host.Security;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Create the demo users listed in the README (Development only: never set it in Production).</summary>
    public bool SeedDemoUsers { get; set; }

    /// <summary>Password of the demo users.</summary>
    public string DemoPassword { get; set; } = "Archivo.2027!";

    /// <summary>First administrator of an empty installation, created at start-up when both are set.</summary>
    public string? InitialAdminUserName { get; set; }
    public string? InitialAdminPassword { get; set; }
}

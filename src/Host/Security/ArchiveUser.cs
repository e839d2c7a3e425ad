using Microsoft.AspNetCore.Identity;

namespace WorkflowArchive.Host.Security;

/// <summary>A member of staff. Advisors carry their Smartflex code: it limits them to their own dossiers and tasks.</summary>
public sealed class ArchiveUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? AdvisorCode { get; set; }

    /// <summary>
    /// Set when an administrator chose the password (a new account, a reset): only its owner should know it, so they
    /// must change it at their next sign-in before using anything else.
    /// </summary>
    public bool MustChangePassword { get; set; }
}

using Microsoft.AspNetCore.Identity;

namespace WorkflowArchive.Host.Security;

/// <summary>A member of staff. Advisors carry their Smartflex code: it limits them to their own dossiers and tasks.</summary>
public sealed class ArchiveUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? AdvisorCode { get; set; }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

public static class ArchiveClaimTypes
{
    public const string AdvisorCode = "advisor_code";
    public const string DisplayName = "display_name";
    public const string MustChangePassword = "must_change_password";

    public static string? AdvisorCodeOf(this ClaimsPrincipal user) => user.FindFirstValue(AdvisorCode);

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);

    /// <summary>The signed-in user's name: what journals and audit trails record as the actor.</summary>
    public static string RequireName(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : throw new AccessDeniedException(HostTexts.SignInRequired.With());

    /// <summary>The roles that read every retrieval request; anyone else (a requester) reads only the ones they made.</summary>
    public static readonly string[] EveryRequestReaders = [Roles.DocumentManager, Roles.RetentionMonitor, Roles.ProcessOwner, Roles.Administrator];

    public static bool ReadsEveryRequest(this ClaimsPrincipal user) => EveryRequestReaders.Any(user.IsInRole);

    /// <summary>A requester and nothing more: asks the archive for documentation, has no tasks; their home is their requests.</summary>
    public static bool IsOnlyRequester(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Requester) && !Roles.All.Where(r => r != Roles.Requester).Any(user.IsInRole);

    /// <summary>An advisor and nothing more: sees only the dossiers of their own sales.</summary>
    public static bool IsOnlyAdvisor(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Advisor) && !Roles.All.Where(r => r != Roles.Advisor).Any(user.IsInRole);
}

/// <summary>Adds the advisor's code, the display name and a pending password change to the sign-in, so every request knows them without a lookup.</summary>
public sealed class ArchiveClaimsFactory(UserManager<ArchiveUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ArchiveUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ArchiveUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ArchiveClaimTypes.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.AdvisorCode)) identity.AddClaim(new Claim(ArchiveClaimTypes.AdvisorCode, user.AdvisorCode));
        if (user.MustChangePassword) identity.AddClaim(new Claim(ArchiveClaimTypes.MustChangePassword, "true"));
        return identity;
    }
}

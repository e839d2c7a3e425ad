using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using WorkflowArchive.Host.Texts;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Checks a policy inside a use case. An API endpoint is guarded by its policy before it runs; a page button is not,
/// so the use cases the pages share check again and both doors meet the same rule.
/// </summary>
public sealed class PolicyCheck(IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
{
    public async Task EnsureAsync(ClaimsPrincipal user, string policy)
    {
        if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
            throw new AccessDeniedException(HostTexts.PolicyRolesRequired.With(await RolesOfAsync(policy)));
    }

    /// <summary>The roles the policy admits, by their Spanish names: a person learns whom to ask, not an internal policy name.</summary>
    private async Task<string> RolesOfAsync(string policy)
    {
        var roles = (await policies.GetPolicyAsync(policy))?.Requirements.OfType<RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles).Distinct() ?? [];
        return string.Join(", ", roles.Select(r => Roles.DisplayNames.GetValueOrDefault(r, r)));
    }
}

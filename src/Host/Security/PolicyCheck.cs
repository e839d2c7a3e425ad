using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Checks a policy inside a use case. An API endpoint is guarded by its policy before it runs; a page button is not,
/// so the use cases the pages share check again and both doors meet the same rule.
/// </summary>
public sealed class PolicyCheck(IAuthorizationService authorization)
{
    public async Task EnsureAsync(ClaimsPrincipal user, string policy)
    {
        if (!(await authorization.AuthorizeAsync(user, policy)).Succeeded)
            throw new AccessDeniedException($"This needs the {policy} permission, which none of your roles has.");
    }
}

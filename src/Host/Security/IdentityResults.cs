using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Security;

public static class IdentityResults
{
    /// <summary>Identity reports problems (a weak password, a bad user name) as results; callers get a 400 with Identity's own words.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new WorkflowValidationException($"User '{userName}' cannot be saved: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

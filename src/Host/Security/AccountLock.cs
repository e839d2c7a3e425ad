using Microsoft.AspNetCore.Identity;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// An administrator locks an account by moving its lockout end to the far future; failed sign-ins lock it for minutes.
/// The sign-in page and endpoint tell the two apart, so a locked person knows whom to ask.
/// </summary>
public static class AccountLock
{
    public static readonly DateTimeOffset ByAdministrator = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsByAdministrator(DateTimeOffset? lockoutEnd) => lockoutEnd >= ByAdministrator.AddDays(-1);

    public static async Task<bool> IsByAdministratorAsync(UserManager<ArchiveUser> users, string? userName) =>
        !string.IsNullOrWhiteSpace(userName) && await users.FindByNameAsync(userName) is { } user && IsByAdministrator(user.LockoutEnd);
}

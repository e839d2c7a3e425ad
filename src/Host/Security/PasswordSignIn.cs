using Microsoft.AspNetCore.Identity;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Signs in with a password, taking about as long for a user name that does not exist as for one that does (a dummy
/// password is hashed), so the time of the answer does not tell which names are accounts.
/// </summary>
public sealed class PasswordSignIn(SignInManager<ArchiveUser> signIn, IPasswordHasher<ArchiveUser> hasher)
{
    private static readonly ArchiveUser Nobody = new() { UserName = "-" };
    private static string? _dummyHash;

    public SignInManager<ArchiveUser> Manager => signIn;

    public async Task<bool> TryAsync(string? userName, string? password)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await signIn.UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _dummyHash, password ?? "");
            return false;
        }
        return (await signIn.PasswordSignInAsync(user, password ?? "", isPersistent: false, lockoutOnFailure: true)).Succeeded;
    }
}

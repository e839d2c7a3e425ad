using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Security;

public sealed record OwnPasswordInput(string CurrentPassword, string NewPassword);

/// <summary>
/// A person changes their own password (the page at first sign-in, or the API). The pending-change flag clears with it,
/// in one transaction with its audit entry; the browser's cookie is then issued again without the flag.
/// </summary>
public sealed class OwnPasswordChange(ArchiveDbContext db, UserManager<ArchiveUser> users, TimeProvider time, ILogger<OwnPasswordChange> logger)
{
    public async Task<ArchiveUser> ChangeAsync(ClaimsPrincipal actor, string? currentPassword, string? newPassword, CancellationToken cancellationToken = default)
    {
        var account = await users.GetUserAsync(actor) ?? throw new AccessDeniedException(HostTexts.SignInRequired.With());
        if (string.IsNullOrEmpty(currentPassword)) throw new InvalidInputException([new FieldError("currentPassword", HostTexts.CurrentPasswordRequired.With())]);
        if (string.IsNullOrEmpty(newPassword)) throw new InvalidInputException([new FieldError("newPassword", HostTexts.UserNewPasswordRequired.With())]);
        if (newPassword == currentPassword) throw new InvalidInputException([new FieldError("newPassword", HostTexts.NewPasswordSameAsCurrent.With())]);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            throw new InvalidInputException([new FieldError("currentPassword", HostTexts.CurrentPasswordWrong.With())]);
        changed.ThrowIfFailed(passwordField: "newPassword");
        var wasPending = account.MustChangePassword;
        account.MustChangePassword = false;
        (await users.UpdateAsync(account)).ThrowIfFailed();
        db.Set<AuditEntry>().Add(AuditEntry.Of(HandAuditedTypes.User, account.UserName!, "PasswordChanged", time.GetUtcNow(), account.UserName!,
            new Dictionary<string, (object?, object?)> { ["Password"] = (null, "changed"), ["MustChangePassword"] = (wasPending, false) }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("User {User} changed their password.", account.UserName);
        return account;
    }
}

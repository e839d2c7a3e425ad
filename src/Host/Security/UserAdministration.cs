using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Security;

/// <summary>A staff account as administrators see it. <see cref="LockedUntil"/> is set while the account cannot sign in.</summary>
public sealed record UserView(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? AdvisorCode, bool LockedOut,
    DateTimeOffset? LockedUntil, bool MustChangePassword = false);

/// <summary>An advisor code nobody's account carries yet: the ones a new advisor account may take.</summary>
public sealed record FreeAdvisorCode(string Code, string Name, string Office);

public sealed record NewUserInput(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? AdvisorCode, string Password);

public sealed record UserChangesInput(string DisplayName, IReadOnlyList<string> Roles, string? AdvisorCode);

public sealed record PasswordResetInput(string NewPassword);

/// <summary>
/// Administrators manage staff accounts here, from the API or the Usuarios page. Each change is one transaction with
/// its audit entry (object type <see cref="HandAuditedTypes.User"/>) and a log line. An administrator can neither lock
/// themselves out nor drop their own administrator role, so the system always keeps someone who can undo a mistake.
/// </summary>
public sealed class UserAdministration(ArchiveDbContext db, UserManager<ArchiveUser> users, PolicyCheck policy, TimeProvider time,
    ILogger<UserAdministration> logger)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = (await (from link in db.UserRoles join role in db.Roles on link.RoleId equals role.Id select new { link.UserId, role.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var views = new List<UserView>();
        foreach (var account in accounts) views.Add(await ViewAsync(account, roles[account.Id]));
        return views;
    }

    public async Task<UserView> ReadAsync(string userName, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var account = await FindAsync(userName);
        return await ViewAsync(account, await users.GetRolesAsync(account));
    }

    public async Task<UserView> CreateAsync(NewUserInput input, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var userName = Required(input.UserName, HostTexts.UserNameRequired);
        var displayName = Required(input.DisplayName, HostTexts.UserDisplayNameRequired);
        var roles = ValidRoles(input.Roles);
        var advisorCode = await ValidAdvisorCodeAsync(input.AdvisorCode, roles, userName, cancellationToken);
        if (string.IsNullOrEmpty(input.Password)) throw new WorkflowValidationException(HostTexts.UserPasswordRequired.With());
        if (await users.FindByNameAsync(userName) is not null) throw new WorkflowConflictException(HostTexts.UserExists.With(userName));

        // The administrator chose the password: its owner changes it at the first sign-in.
        var account = new ArchiveUser { UserName = userName, DisplayName = displayName, AdvisorCode = advisorCode, LockoutEnabled = true, MustChangePassword = true };
        await InTransactionAsync(async () =>
        {
            (await users.CreateAsync(account, input.Password)).ThrowIfFailed();
            (await users.AddToRolesAsync(account, roles)).ThrowIfFailed();
            Audit(account, "Created", actor, new()
            {
                ["DisplayName"] = (null, displayName), ["Roles"] = (null, roles), ["AdvisorCode"] = (null, advisorCode),
            });
        }, cancellationToken);
        return await ViewAsync(account, roles);
    }

    /// <summary>
    /// The advisors whose code no account carries, plus the one <paramref name="forUser"/> has (editing keeps it): a code
    /// already linked to someone is never offered, and <see cref="ValidAdvisorCodeAsync"/> refuses it.
    /// </summary>
    public async Task<IReadOnlyList<FreeAdvisorCode>> FreeAdvisorCodesAsync(string? forUser, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var normalized = string.IsNullOrWhiteSpace(forUser) ? null : users.NormalizeName(forUser.Trim());
        var taken = db.Users.Where(u => u.AdvisorCode != null && u.NormalizedUserName != normalized).Select(u => u.AdvisorCode);
        return await db.Set<Advisor>().AsNoTracking().Where(a => !taken.Contains(a.Code)).OrderBy(a => a.Code)
            .Select(a => new FreeAdvisorCode(a.Code, a.Name, a.Office)).ToListAsync(cancellationToken);
    }

    /// <summary>Replaces the display name, the roles and the advisor code.</summary>
    public async Task<UserView> UpdateAsync(string userName, UserChangesInput input, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var account = await FindAsync(userName);
        var displayName = Required(input.DisplayName, HostTexts.UserDisplayNameRequired);
        var roles = ValidRoles(input.Roles);
        var advisorCode = await ValidAdvisorCodeAsync(input.AdvisorCode, roles, account.UserName!, cancellationToken);
        if (IsSelf(actor, account) && !roles.Contains(Roles.Administrator))
            throw new WorkflowValidationException(HostTexts.UserSelfDemotion.With());

        var before = (await users.GetRolesAsync(account)).Order(StringComparer.Ordinal).ToList();
        var changes = new Dictionary<string, (object?, object?)>();
        if (account.DisplayName != displayName) changes["DisplayName"] = (account.DisplayName, displayName);
        if (!before.SequenceEqual(roles)) changes["Roles"] = (before, roles);
        if (account.AdvisorCode != advisorCode) changes["AdvisorCode"] = (account.AdvisorCode, advisorCode);
        if (changes.Count > 0)
            await InTransactionAsync(async () =>
            {
                account.DisplayName = displayName;
                account.AdvisorCode = advisorCode;
                (await users.UpdateAsync(account)).ThrowIfFailed();
                (await users.RemoveFromRolesAsync(account, before.Except(roles))).ThrowIfFailed();
                (await users.AddToRolesAsync(account, roles.Except(before))).ThrowIfFailed();
                // Sessions carry the roles as claims: a new stamp makes them sign in again with the new ones.
                (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
                Audit(account, "Modified", actor, changes);
            }, cancellationToken);
        return await ViewAsync(account, roles);
    }

    public async Task ResetPasswordAsync(string userName, string? newPassword, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var account = await FindAsync(userName);
        if (string.IsNullOrEmpty(newPassword)) throw new WorkflowValidationException(HostTexts.UserNewPasswordRequired.With());
        await InTransactionAsync(async () =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            // The reset also renews the security stamp, so open sessions sign in again and meet the change-password page.
            account.MustChangePassword = true;
            (await users.ResetPasswordAsync(account, token, newPassword)).ThrowIfFailed(passwordField: "newPassword");
            Audit(account, "PasswordReset", actor, new() { ["Password"] = (null, "reset") });
        }, cancellationToken);
    }

    /// <summary>Locks the account until an administrator unlocks it, and ends its cookie sessions at their next check.</summary>
    public async Task<UserView> LockAsync(string userName, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var account = await FindAsync(userName);
        if (IsSelf(actor, account)) throw new WorkflowValidationException(HostTexts.UserSelfLock.With());
        var wasLocked = await users.IsLockedOutAsync(account);
        await InTransactionAsync(async () =>
        {
            (await users.SetLockoutEnabledAsync(account, true)).ThrowIfFailed();
            (await users.SetLockoutEndDateAsync(account, AccountLock.ByAdministrator)).ThrowIfFailed();
            (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed();
            Audit(account, "Locked", actor, new() { ["LockedOut"] = (wasLocked, true) });
        }, cancellationToken);
        return await ViewAsync(account, await users.GetRolesAsync(account));
    }

    /// <summary>Unlocks an account, whether an administrator or failed sign-ins locked it.</summary>
    public async Task<UserView> UnlockAsync(string userName, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(actor, Policies.Administration);
        var account = await FindAsync(userName);
        var wasLocked = await users.IsLockedOutAsync(account);
        await InTransactionAsync(async () =>
        {
            (await users.SetLockoutEndDateAsync(account, null)).ThrowIfFailed();
            (await users.ResetAccessFailedCountAsync(account)).ThrowIfFailed();
            Audit(account, "Unlocked", actor, new() { ["LockedOut"] = (wasLocked, false) });
        }, cancellationToken);
        return await ViewAsync(account, await users.GetRolesAsync(account));
    }

    private async Task<ArchiveUser> FindAsync(string userName) =>
        await users.FindByNameAsync(userName?.Trim() ?? "") ?? throw new WorkflowNotFoundException(HostTexts.UserNotFound.With(userName));

    private async Task<UserView> ViewAsync(ArchiveUser account, IEnumerable<string> roles)
    {
        var locked = await users.IsLockedOutAsync(account);
        return new UserView(account.UserName!, account.DisplayName, InRoleOrder(roles), account.AdvisorCode, locked, locked ? account.LockoutEnd : null,
            account.MustChangePassword);
    }

    private static List<string> InRoleOrder(IEnumerable<string> roles) =>
        roles.OrderBy(r => Roles.All.ToList().IndexOf(r)).ThenBy(r => r, StringComparer.Ordinal).ToList();

    private static string Required(string? value, TextKey missing) =>
        string.IsNullOrWhiteSpace(value) ? throw new WorkflowValidationException(missing.With()) : value.Trim();

    private static List<string> ValidRoles(IReadOnlyList<string>? roles)
    {
        var chosen = (roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0) throw new WorkflowValidationException(HostTexts.UserRolesRequired.With(RoleList(Roles.All)));
        var unknown = chosen.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            throw new WorkflowValidationException(HostTexts.UserRolesUnknown.With(string.Join(", ", unknown), RoleList(Roles.All)));
        return chosen;
    }

    /// <summary>Each role by its Spanish name, with the key an API client sends in brackets.</summary>
    private static string RoleList(IEnumerable<string> roles) => string.Join(", ", roles.Select(r => $"{Roles.DisplayNames[r]} ({r})"));

    /// <summary>Advisors carry the code Smartflex records on their sales (it limits them to their own dossiers); nobody else carries one.</summary>
    private async Task<string?> ValidAdvisorCodeAsync(string? advisorCode, List<string> roles, string userName, CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(advisorCode) ? null : advisorCode.Trim();
        if (!roles.Contains(Roles.Advisor))
            return code is null ? null : throw new WorkflowValidationException(HostTexts.UserAdvisorCodeNotAllowed.With(Roles.DisplayNames[Roles.Advisor]));
        if (code is null) throw new WorkflowValidationException(HostTexts.UserAdvisorCodeRequired.With());
        if (!await db.Set<Advisor>().AnyAsync(a => a.Code == code, cancellationToken))
            throw new WorkflowValidationException(HostTexts.UserAdvisorUnknown.With(code));
        var normalized = users.NormalizeName(userName);
        var holder = await db.Users.AsNoTracking().Where(u => u.AdvisorCode == code && u.NormalizedUserName != normalized)
            .Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null) throw new WorkflowConflictException(HostTexts.UserAdvisorCodeTaken.With(code, holder));
        return code;
    }

    private static bool IsSelf(ClaimsPrincipal actor, ArchiveUser account) =>
        string.Equals(actor.Identity?.Name, account.UserName, StringComparison.OrdinalIgnoreCase);

    private void Audit(ArchiveUser account, string action, ClaimsPrincipal actor, Dictionary<string, (object?, object?)> changes)
    {
        var by = actor.RequireName();
        db.Set<AuditEntry>().Add(AuditEntry.Of(HandAuditedTypes.User, account.UserName!, action, time.GetUtcNow(), by, changes));
        logger.LogInformation("User {User}: {Action} by {Actor} ({Changed}).", account.UserName, action, by, string.Join(", ", changes.Keys));
    }

    /// <summary>Identity saves after each call; one transaction makes the whole change and its audit entry land together or not at all.</summary>
    private async Task InTransactionAsync(Func<Task> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await change();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Security;

/// <summary>An Identity error that keeps its <see cref="Text"/>, so the API can say it in the caller's language and give its code.</summary>
public sealed class TextIdentityError : IdentityError
{
    public TextIdentityError(string identityCode, Text text)
    {
        Code = identityCode;
        Description = text.ToString();
        Text = text;
    }

    public Text Text { get; }
}

/// <summary>
/// Identity's checks (password rules, user names, roles) described in Spanish from HostTexts. Identity's own codes
/// stay as they are (Identity and its callers compare them); the texts carry our codes.
/// </summary>
public sealed class SpanishIdentityErrorDescriber : IdentityErrorDescriber
{
    private static TextIdentityError Error(string identityCode, TextKey key, params object?[] arguments) => new(identityCode, key.With(arguments));

    public override IdentityError DefaultError() => Error(nameof(DefaultError), HostTexts.IdentityDefaultError);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), HostTexts.IdentityConcurrencyFailure);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), HostTexts.IdentityPasswordMismatch);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), HostTexts.IdentityInvalidToken);
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), HostTexts.IdentityRecoveryCodeFailed);
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), HostTexts.IdentityLoginAlreadyAssociated);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), HostTexts.IdentityInvalidUserName, userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), HostTexts.IdentityInvalidEmail, email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), HostTexts.IdentityDuplicateUserName, userName);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), HostTexts.IdentityDuplicateEmail, email);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), HostTexts.IdentityInvalidRoleName, role);
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), HostTexts.IdentityDuplicateRoleName, role);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), HostTexts.IdentityUserAlreadyHasPassword);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), HostTexts.IdentityLockoutNotEnabled);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), HostTexts.IdentityUserAlreadyInRole, role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), HostTexts.IdentityUserNotInRole, role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), HostTexts.IdentityPasswordTooShort, length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), HostTexts.IdentityPasswordRequiresUniqueChars, uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), HostTexts.IdentityPasswordRequiresNonAlphanumeric);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), HostTexts.IdentityPasswordRequiresDigit);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), HostTexts.IdentityPasswordRequiresLower);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), HostTexts.IdentityPasswordRequiresUpper);
}

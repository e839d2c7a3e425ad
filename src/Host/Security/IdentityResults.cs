using Microsoft.AspNetCore.Identity;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Security;

public static class IdentityResults
{
    /// <summary>
    /// Identity reports problems (a weak password, a bad user name) as results; callers get a 422 naming the field, with
    /// the texts <see cref="SpanishIdentityErrorDescriber"/> gave each problem (in the caller's language on the API).
    /// </summary>
    public static void ThrowIfFailed(this IdentityResult result, string passwordField = "password")
    {
        if (!result.Succeeded)
            throw new InvalidInputException(result.Errors.Select(e => new FieldError(FieldOf(e.Code, passwordField), TextOf(e))).ToList());
    }

    private static Text TextOf(IdentityError error) =>
        error is TextIdentityError described ? described.Text : HostTexts.IdentityDefaultError.With();

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ when code.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when code.Contains("Role", StringComparison.Ordinal) => "roles",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ => "user",
    };
}

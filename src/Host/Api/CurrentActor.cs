using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Who is acting. Signed-in users come from their identity; until sign-in exists, API callers name
/// themselves in the <c>X-Actor</c> header.
/// </summary>
public static class CurrentActor
{
    public const string Header = "X-Actor";

    public static string Require(HttpContext context) =>
        Find(context) ?? throw new WorkflowValidationException($"Say who is acting: send your user name in the {Header} header.");

    public static string? Find(HttpContext context)
    {
        if (context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }) return name;
        var header = context.Request.Headers[Header].ToString().Trim();
        return header.Length is > 0 and <= 200 ? header : null;
    }
}

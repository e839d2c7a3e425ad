using Microsoft.AspNetCore.Http;

namespace WorkflowArchive.Host.Api;

/// <summary>Words for the status codes the framework answers on its own (sign-in and role checks, unknown routes).</summary>
public static class StatusMessages
{
    public static void Explain(ProblemDetailsContext context)
    {
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => "Sign in first: POST /api/auth/login gives a bearer token (or a cookie with useCookies=true).",
            StatusCodes.Status403Forbidden => "Your role does not allow this.",
            StatusCodes.Status404NotFound => "There is nothing at this address.",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept that method.",
            _ => null,
        };
    }
}

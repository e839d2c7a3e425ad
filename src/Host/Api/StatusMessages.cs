using Microsoft.Extensions.Localization;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Api;

/// <summary>Words and codes for the status codes the framework answers on its own (sign-in and role checks, unknown routes).</summary>
public static class StatusMessages
{
    public static void Explain(ProblemDetailsContext context)
    {
        var (title, detail) = context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => (HostTexts.TitleUnauthorized, HostTexts.Unauthorized),
            StatusCodes.Status403Forbidden => (HostTexts.TitleForbidden, HostTexts.Forbidden),
            StatusCodes.Status404NotFound => (HostTexts.TitleNotFound, HostTexts.NoSuchAddress),
            StatusCodes.Status405MethodNotAllowed => (HostTexts.TitleNotAllowedMethod, HostTexts.MethodNotAllowed),
            _ => ((TextKey?)null, (TextKey?)null),
        };
        // An answer that already says why (a sign-in refusal, a mapped error) keeps its words.
        if (detail is null || context.ProblemDetails.Detail is not null || context.ProblemDetails.Extensions.ContainsKey("code")) return;
        var texts = context.HttpContext.RequestServices.GetRequiredService<ProblemTexts>();
        context.ProblemDetails.Title = texts.Say(title!.With());
        context.ProblemDetails.Detail = texts.Say(detail.With());
        context.ProblemDetails.Extensions["code"] = detail.Code;
    }
}

using Microsoft.AspNetCore.Mvc;

namespace WorkflowArchive.Host.Api;

/// <summary>Writes a problem detail from a middleware (no exception involved).</summary>
public static class ProblemResponse
{
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}

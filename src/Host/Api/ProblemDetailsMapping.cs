using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>Turns the engine's errors into RFC 7807 problem details that say, in words, what went wrong and what to do.</summary>
public sealed class ProblemDetailsMapping(IProblemDetailsService problems, ILogger<ProblemDetailsMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            WorkflowValidationException e => Problem(StatusCodes.Status400BadRequest, "The request is not valid", e.Message, e.Errors),
            WorkflowNotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found", e.Message),
            WorkflowConflictException e => Problem(StatusCodes.Status409Conflict, "Conflict with the current state", e.Message),
            AccessDeniedException e => Problem(StatusCodes.Status403Forbidden, "Not allowed", e.Message),
            WorkflowException e => Problem(StatusCodes.Status400BadRequest, "The request cannot be carried out", e.Message),
            BadHttpRequestException e => Problem(e.StatusCode, "The request could not be read", BadRequestDetail(e)),
            DbUpdateException => Problem(StatusCodes.Status409Conflict, "Conflicting write",
                "The change clashes with data saved at the same time (for example a duplicate number). Nothing was saved; reload and try again."),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Unexpected error",
                "Something failed on the server. Nothing was half-saved; the error is logged with this trace id.");
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail, IReadOnlyList<BpmnDiagnostic>? errors = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is { Count: > 0 })
            problem.Extensions["errors"] = errors.Select(e => new { elementId = e.ElementId, severity = e.Severity.ToString(), message = e.Message }).ToList();
        return problem;
    }

    private static string BadRequestDetail(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json
            ? $"The body is not valid JSON: {json.Message}"
            : exception.Message;
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Turns the engine's and the domain's errors into RFC 7807 problem details: a stable <c>code</c> for programs, and a
/// title and detail in the caller's language (Spanish unless <c>Accept-Language</c> asks for English).
/// </summary>
public sealed class ProblemDetailsMapping(IProblemDetailsService problems, ProblemTexts texts, ILogger<ProblemDetailsMapping> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidInputException e => texts.Invalid(e),
            WorkflowValidationException e => texts.Problem(StatusCodes.Status400BadRequest, HostTexts.TitleInvalid, e.Text, e.Errors),
            WorkflowNotFoundException e => texts.Problem(StatusCodes.Status404NotFound, HostTexts.TitleNotFound, e.Text),
            WorkflowConflictException e => texts.Problem(StatusCodes.Status409Conflict, HostTexts.TitleConflict, e.Text),
            AccessDeniedException e => texts.Problem(StatusCodes.Status403Forbidden, HostTexts.TitleForbidden, e.Text),
            WorkflowException e => texts.Problem(StatusCodes.Status400BadRequest, HostTexts.TitleInvalid, e.Text),
            BadHttpRequestException e => texts.Problem(e.StatusCode, HostTexts.TitleUnreadable, BadRequestText(e)),
            DbUpdateException => texts.Problem(StatusCodes.Status409Conflict, HostTexts.TitleConflict, HostTexts.ConflictingWrite.With()),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
            problem = texts.Problem(StatusCodes.Status500InternalServerError, HostTexts.TitleUnexpected, HostTexts.Unexpected.With());
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // The serializer's own message names CLR types ("could not be converted to WorkflowArchive..."); say only where.
    private static Text BadRequestText(BadHttpRequestException exception) =>
        exception.InnerException is JsonException json
            ? HostTexts.BodyNotJson.With(string.IsNullOrEmpty(json.Path) ? "$" : json.Path)
            : HostTexts.BodyUnreadable.With();
}

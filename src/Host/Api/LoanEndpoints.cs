using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Api;

/// <summary>Step 10.2: originals handed out on loan, and marking one back ("Original devuelto"), which frees its dossier for Condebamba.</summary>
public static class LoanEndpoints
{
    public static IEndpointRouteBuilder MapLoanEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/loans").WithTags("Requests").RequireAuthorization(Policies.Oversight);

        group.MapGet("/", (HttpContext http, LoanActions loans, CancellationToken ct) => loans.OutAsync(http.User, ct))
            .WithSummary("The originals out on loan, the one due back first at the top; overdue once the due-back date has passed.");

        group.MapPost("/{id:guid}/returned", (Guid id, HttpContext http, LoanActions loans, CancellationToken ct) => loans.MarkReturnedAsync(id, http.User, ct))
            .RequireAuthorization(Policies.Archive)
            .WithSummary("Marks the original back in the archive; a transfer to Condebamba waiting for it goes ahead at its next check. Audited.");
        return app;
    }
}

using System.Security.Claims;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>The inbox: people see and work on the tasks of their roles (advisors: of their own dossiers).</summary>
public static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks").RequireAuthorization(Policies.Staff);

        group.MapGet("/", (string? role, string? assignee, Guid? instanceId, bool? includeClosed, int? page, int? pageSize,
                ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
                tasks.ListAsync(new TaskFilter(role, assignee, instanceId, includeClosed == true, page, pageSize), user, ct))
            .WithSummary("The tasks you may see (your roles', or assigned to you), open ones unless includeClosed, oldest first.");

        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) => tasks.FindAsync(id, user, ct));

        group.MapPost("/{id:guid}/claim", (Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) => tasks.ClaimAsync(id, user, ct))
            .WithSummary("Takes the task; only the one who claimed it can then complete or release it.");

        group.MapPost("/{id:guid}/release", (Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) => tasks.ReleaseAsync(id, user, ct))
            .WithSummary("Gives a claimed task back to its role.");

        group.MapPost("/{id:guid}/complete", (Guid id, CompleteTaskRequest? body, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
            tasks.CompleteAsync(id, body?.Variables, user, ct))
            .WithSummary("Completes the task with output variables; the instance moves on to its next wait state.");

        return app;
    }
}

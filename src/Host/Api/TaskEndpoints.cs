using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
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

        group.MapGet("/", ListTasks)
            .WithSummary("The tasks you may see (your roles', or assigned to you), open ones unless includeClosed: one page (items and total), " +
                "sorted by sort (businessKey, name, role, assignee, createdAt, dueAt; oldest first by default), desc for the other way.");

        group.MapGet("/{id:guid}", (Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) => tasks.FindAsync(id, user, ct));

        group.MapPost("/{id:guid}/claim", (Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) => tasks.ClaimAsync(id, user, ct))
            .WithSummary("Takes the task; only the one who claimed it can then complete or release it.");

        group.MapPost("/{id:guid}/release", (Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) => tasks.ReleaseAsync(id, user, ct))
            .WithSummary("Gives a claimed task back to its role.");

        group.MapPost("/{id:guid}/complete", (Guid id, CompleteTaskRequest? body, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
            tasks.CompleteAsync(id, body?.Variables, user, ct))
            .WithSummary("Completes the task with output variables; the instance moves on to its next wait state.");

        group.MapPost("/{id:guid}/assign", AssignTask)
            .WithSummary("Gives the task to a named colleague who holds its role (document managers and administrators; anyone may name themselves), with an optional comment.");

        group.MapGet("/{id:guid}/colleagues", ListColleagues)
            .WithSummary("Who the task may be assigned to: holders of its role (for an advisor's task, the dossier's advisor).");

        group.MapGet("/{id:guid}/comments", ListComments).WithSummary("The task's comments, oldest first, with their author's name.");

        group.MapPost("/{id:guid}/comments", AddComment).WithSummary("Leaves a comment on the task for whoever works on it next.");

        return app;
    }

    public static async Task<Ok<PagedList<TaskView>>> ListTasks(string? role, string? assignee, Guid? instanceId, bool? includeClosed, int? page, int? pageSize,
        string? sort, bool? desc, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.ListAsync(new TaskFilter(role, assignee, instanceId, includeClosed == true, page, pageSize, sort, desc == true), user, ct));

    public static async Task<Ok<TaskView>> AssignTask(Guid id, AssignTaskRequest body, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.AssignAsync(id, body, user, ct));

    public static async Task<Ok<IReadOnlyList<ColleagueView>>> ListColleagues(Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.ColleaguesAsync(id, user, ct));

    public static async Task<Ok<IReadOnlyList<TaskCommentView>>> ListComments(Guid id, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct) =>
        TypedResults.Ok(await tasks.CommentsAsync(id, user, ct));

    public static async Task<Created<TaskCommentView>> AddComment(Guid id, AddTaskCommentRequest body, ClaimsPrincipal user, TaskActions tasks, CancellationToken ct)
    {
        var comment = await tasks.CommentAsync(id, body, user, ct);
        return TypedResults.Created($"/api/tasks/{id}/comments", comment);
    }
}

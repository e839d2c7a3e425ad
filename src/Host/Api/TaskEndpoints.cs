using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Api;

public static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");

        group.MapGet("/", async (string? role, string? assignee, Guid? instanceId, bool? includeClosed, int? page, int? pageSize,
            ArchiveDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var query = db.Set<UserTask>().AsNoTracking();
            if (includeClosed != true) query = query.Where(t => t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed);
            if (!string.IsNullOrWhiteSpace(role)) query = query.Where(t => t.CandidateRole == role);
            if (!string.IsNullOrWhiteSpace(assignee)) query = query.Where(t => t.Assignee == assignee);
            if (instanceId is not null) query = query.Where(t => t.InstanceId == instanceId);
            var now = time.GetUtcNow();
            return await Paging.PageAsync(query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id), page, pageSize, t => TaskView.From(t, now), ct);
        }).WithSummary("Open tasks (or all, with includeClosed) by candidate role, assignee or instance, oldest first.");

        group.MapGet("/{id:guid}", async (Guid id, ArchiveDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var task = await db.Set<UserTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
                ?? throw new WorkflowNotFoundException($"There is no task {id}.");
            return TaskView.From(task, time.GetUtcNow());
        });

        group.MapPost("/{id:guid}/claim", async (Guid id, HttpContext http, WorkflowEngine engine, TimeProvider time, CancellationToken ct) =>
            TaskView.From(await engine.ClaimTaskAsync(id, CurrentActor.Require(http), ct), time.GetUtcNow()))
            .WithSummary("Takes the task; only the one who claimed it can then complete or release it.");

        group.MapPost("/{id:guid}/release", async (Guid id, HttpContext http, WorkflowEngine engine, TimeProvider time, CancellationToken ct) =>
            TaskView.From(await engine.ReleaseTaskAsync(id, CurrentActor.Require(http), ct), time.GetUtcNow()))
            .WithSummary("Gives a claimed task back to its role.");

        group.MapPost("/{id:guid}/complete", async (Guid id, CompleteTaskRequest? body, HttpContext http, WorkflowEngine engine, CancellationToken ct) =>
            InstanceSummary.From(await engine.CompleteTaskAsync(id, body?.Variables, CurrentActor.Require(http), ct)))
            .WithSummary("Completes the task with output variables; the instance moves on to its next wait state.");

        return app;
    }
}

using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>What a person does with a task, checked against what they may see; the API and the web pages both go through here.</summary>
public sealed class TaskActions(ArchiveDbContext db, TaskAccess access, WorkflowEngine engine, TimeProvider time)
{
    /// <summary>The tasks the person may see (their roles', or assigned to them), open ones unless closed are asked for, oldest first.</summary>
    public Task<PagedList<TaskView>> ListAsync(TaskFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var query = access.Visible(db.Set<UserTask>().AsNoTracking(), user);
        if (!filter.IncludeClosed) query = query.Where(t => t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed);
        if (!string.IsNullOrWhiteSpace(filter.Role)) query = query.Where(t => t.CandidateRole == filter.Role);
        if (!string.IsNullOrWhiteSpace(filter.Assignee)) query = query.Where(t => t.Assignee == filter.Assignee);
        if (filter.InstanceId is not null) query = query.Where(t => t.InstanceId == filter.InstanceId);
        var now = time.GetUtcNow();
        return Paging.PageAsync(query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id), filter.Page, filter.PageSize, t => TaskView.From(t, now), cancellationToken);
    }

    public async Task<TaskView> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var task = await access.Visible(db.Set<UserTask>().AsNoTracking(), user).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.TaskNotAmongYours.With());
        return TaskView.From(task, time.GetUtcNow());
    }

    public async Task<TaskView> ClaimAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        return TaskView.From(await engine.ClaimTaskAsync(id, user.RequireName(), cancellationToken), time.GetUtcNow());
    }

    public async Task<TaskView> ReleaseAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        return TaskView.From(await engine.ReleaseTaskAsync(id, user.RequireName(), cancellationToken, forAnyone: user.IsInRole(Roles.Administrator)), time.GetUtcNow());
    }

    /// <summary>Checks an output against the task's form contract without claiming or moving anything (422 when it breaks it).</summary>
    public async Task CheckAsync(Guid id, JsonObject? output, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        await engine.CheckTaskOutputAsync(id, output, cancellationToken);
    }

    public async Task<InstanceSummary> CompleteAsync(Guid id, JsonObject? output, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        return InstanceSummary.From(await engine.CompleteTaskAsync(id, output, user.RequireName(), cancellationToken));
    }
}

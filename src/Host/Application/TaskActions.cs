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
public sealed class TaskActions(ArchiveDbContext db, TaskAccess access, TaskAssignment assignment, WorkflowEngine engine, PersonNames names, TimeProvider time)
{
    /// <summary>The tasks the person may see (their roles', or assigned to them), open ones unless closed are asked for, sorted and paged in the database.</summary>
    public async Task<PagedList<TaskView>> ListAsync(TaskFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var sort = TaskSort.Check(filter.Sort);
        var query = access.Visible(db.Set<UserTask>().AsNoTracking(), user);
        if (!filter.IncludeClosed) query = query.Where(t => t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed);
        if (!string.IsNullOrWhiteSpace(filter.Role)) query = query.Where(t => t.CandidateRole == filter.Role);
        if (!string.IsNullOrWhiteSpace(filter.Assignee)) query = query.Where(t => t.Assignee == filter.Assignee);
        if (filter.InstanceId is not null) query = query.Where(t => t.InstanceId == filter.InstanceId);
        var now = time.GetUtcNow();
        var page = await Paging.PageAsync(TaskSort.Apply(query, sort, filter.Descending, db), filter.Page, filter.PageSize, t => TaskView.From(t, now), cancellationToken);
        return await NamedAsync(page, cancellationToken);
    }

    public async Task<TaskView> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var task = await access.Visible(db.Set<UserTask>().AsNoTracking(), user).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.TaskNotAmongYours.With());
        return await NamedAsync(TaskView.From(task, time.GetUtcNow()), cancellationToken);
    }

    public async Task<TaskView> ClaimAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        return await NamedAsync(TaskView.From(await engine.ClaimTaskAsync(id, user.RequireName(), cancellationToken), time.GetUtcNow()), cancellationToken);
    }

    public async Task<TaskView> ReleaseAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        return TaskView.From(await engine.ReleaseTaskAsync(id, user.RequireName(), cancellationToken, forAnyone: user.IsInRole(Roles.Administrator)), time.GetUtcNow());
    }

    /// <summary>Gives the task to a colleague (rules: <see cref="TaskAssignment"/>), with an optional comment, in one move.</summary>
    public async Task<TaskView> AssignAsync(Guid id, AssignTaskRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var assignee = await assignment.EnsureMayAssignAsync(id, request.UserName, user, cancellationToken);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment;
        var task = await engine.AssignTaskAsync(id, assignee, user.RequireName(), comment, cancellationToken);
        return await NamedAsync(TaskView.From(task, time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Who the task may be given to: for the picker beside the task.</summary>
    public async Task<IReadOnlyList<ColleagueView>> ColleaguesAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        return await assignment.CandidatesAsync(id, cancellationToken);
    }

    /// <summary>The task's comments, oldest first, for whoever may see the task.</summary>
    public async Task<IReadOnlyList<TaskCommentView>> CommentsAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await FindAsync(id, user, cancellationToken);
        var comments = await db.Set<TaskComment>().AsNoTracking().Where(c => c.TaskId == id).ToListAsync(cancellationToken);
        var authors = await names.OfAsync(comments.Select(c => c.Author), cancellationToken);
        return comments.OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new TaskCommentView(c.Id, c.TaskId, c.Author, authors[c.Author], c.Text, c.At)).ToList();
    }

    /// <summary>A comment from someone who may work on the task (its role; an advisor, on their own dossier's).</summary>
    public async Task<TaskCommentView> CommentAsync(Guid id, AddTaskCommentRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        var comment = await engine.CommentTaskAsync(id, user.RequireName(), request.Text ?? "", cancellationToken);
        return new TaskCommentView(comment.Id, comment.TaskId, comment.Author, await names.OfAsync(comment.Author, cancellationToken), comment.Text, comment.At);
    }

    /// <summary>Checks an output against the task's form contract without claiming or moving anything (422 when it breaks it).</summary>
    public async Task CheckAsync(Guid id, JsonObject? output, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken);
        await engine.CheckTaskOutputAsync(id, output, cancellationToken);
    }

    public async Task<InstanceSummary> CompleteAsync(Guid id, JsonObject? output, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await access.EnsureCanWorkOnAsync(id, user, cancellationToken, completing: true);
        return InstanceSummary.From(await engine.CompleteTaskAsync(id, output, user.RequireName(), cancellationToken));
    }

    private async Task<TaskView> NamedAsync(TaskView task, CancellationToken cancellationToken) =>
        task.Named(await names.OfAsync([task.Assignee], cancellationToken));

    private async Task<PagedList<TaskView>> NamedAsync(PagedList<TaskView> page, CancellationToken cancellationToken)
    {
        var known = await names.OfAsync(page.Items.Select(t => t.Assignee), cancellationToken);
        return page with { Items = page.Items.Select(t => t.Named(known)).ToList() };
    }
}

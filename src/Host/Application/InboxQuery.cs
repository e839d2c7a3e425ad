using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

public enum InboxScope { MineAndUnclaimed, Mine, Unclaimed, AllVisible }

/// <summary>What the inbox shows: a person's open tasks, filtered, sorted by one of <see cref="TaskSort.Columns"/> (due first by default) and paged.</summary>
public sealed record InboxFilter(InboxScope Scope = InboxScope.MineAndUnclaimed, string? Role = null, string? Text = null,
    bool OverdueOnly = false, string Sort = TaskSort.DueAt, bool Descending = false);

public sealed class InboxQuery(ArchiveDbContext db, TaskAccess access, PersonNames names, TimeProvider time)
{
    public const int DefaultPageSize = 25;

    public async Task<PagedList<TaskView>> ListAsync(ClaimsPrincipal user, InboxFilter filter, int page = 1, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var query = Open(user, filter.Scope);
        if (!string.IsNullOrWhiteSpace(filter.Role)) query = query.Where(t => t.CandidateRole == filter.Role);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(t => t.BusinessKey.Contains(text) || t.Name.Contains(text));
        }
        if (filter.OverdueOnly) query = query.Where(t => t.DueAt != null && t.DueAt < now);
        var tasks = await Paging.PageAsync(TaskSort.Apply(query, filter.Sort, filter.Descending, db), page, pageSize, t => TaskView.From(t, now), cancellationToken);
        var known = await names.OfAsync(tasks.Items.Select(t => t.Assignee), cancellationToken);
        return tasks with { Items = tasks.Items.Select(t => t.Named(known)).ToList() };
    }

    /// <summary>The badge: tasks waiting for this person (claimed by them, or unclaimed in their roles).</summary>
    public Task<int> CountWaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Open(user, InboxScope.MineAndUnclaimed).CountAsync(cancellationToken);

    private IQueryable<UserTask> Open(ClaimsPrincipal user, InboxScope scope)
    {
        var name = user.Identity?.Name;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var open = access.Visible(db.Set<UserTask>().AsNoTracking(), user)
            .Where(t => t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed);
        var unclaimed = open.Where(t => t.Status == UserTaskStatus.Open && roles.Contains(t.CandidateRole!));
        return scope switch
        {
            InboxScope.Mine => open.Where(t => t.Assignee == name),
            InboxScope.Unclaimed => unclaimed,
            InboxScope.AllVisible => open,
            _ => open.Where(t => t.Assignee == name || (t.Status == UserTaskStatus.Open && roles.Contains(t.CandidateRole!))),
        };
    }
}

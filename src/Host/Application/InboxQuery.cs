using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

public enum InboxScope { MineAndUnclaimed, Mine, Unclaimed, AllVisible }

public enum InboxOrder { DueFirst, OldestFirst, NewestFirst }

/// <summary>What the inbox shows: a person's open tasks, filtered and sorted the way they work.</summary>
public sealed record InboxFilter(InboxScope Scope = InboxScope.MineAndUnclaimed, string? Role = null, string? Text = null,
    bool OverdueOnly = false, InboxOrder Order = InboxOrder.DueFirst);

public sealed class InboxQuery(ArchiveDbContext db, TaskAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<TaskView>> ListAsync(ClaimsPrincipal user, InboxFilter filter, int limit = 500, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var query = Open(user, filter.Scope);
        if (!string.IsNullOrWhiteSpace(filter.Role)) query = query.Where(t => t.CandidateRole == filter.Role);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(t => t.BusinessKey.Contains(text) || t.Name.Contains(text));
        }
        var tasks = await query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(limit).ToListAsync(cancellationToken);
        // Due dates are compared in memory: SQLite stores them as ticks and the list is one person's inbox.
        var views = tasks.Select(t => TaskView.From(t, now)).Where(t => !filter.OverdueOnly || t.Overdue);
        return filter.Order switch
        {
            InboxOrder.OldestFirst => views.ToList(),
            InboxOrder.NewestFirst => views.Reverse().ToList(),
            _ => views.OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).ToList(),
        };
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

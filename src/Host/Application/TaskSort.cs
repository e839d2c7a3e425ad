using System.Linq.Expressions;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// The columns a task list sorts by, in the database (so a page is a page of the whole sorted list). Only these names
/// are accepted: a sort is never built from what the caller typed. Ties, and empty values, always end the same way
/// (empty last, then oldest first, then by id), so paging never shows a task twice or skips one.
/// </summary>
public static class TaskSort
{
    public const string BusinessKey = "businessKey";
    public const string Name = "name";
    public const string Role = "role";
    public const string Assignee = "assignee";
    public const string CreatedAt = "createdAt";
    public const string DueAt = "dueAt";

    public static IReadOnlyList<string> Columns { get; } = [BusinessKey, Name, Role, Assignee, CreatedAt, DueAt];

    /// <summary>The column's canonical name, or a 400 (code task-sort-unknown) naming the ones there are.</summary>
    public static string Check(string? column)
    {
        if (string.IsNullOrWhiteSpace(column)) return CreatedAt;
        return Columns.FirstOrDefault(c => string.Equals(c, column.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new WorkflowValidationException(HostTexts.TaskSortUnknown.With(column, string.Join(", ", Columns)));
    }

    public static IOrderedQueryable<UserTask> Apply(IQueryable<UserTask> tasks, string? column, bool descending, ArchiveDbContext db)
    {
        // The assignee column shows names, so it sorts by them (the account's display name, looked up in the same query).
        var users = db.Users;
        var sorted = Check(column) switch
        {
            BusinessKey => Sorted(tasks, null, t => t.BusinessKey, descending),
            Name => Sorted(tasks, null, t => t.Name, descending),
            Role => Sorted(tasks, t => t.CandidateRole == null, t => t.CandidateRole, descending),
            Assignee => Sorted(tasks, t => t.Assignee == null,
                t => users.Where(u => u.UserName == t.Assignee).Select(u => u.DisplayName).FirstOrDefault() ?? t.Assignee, descending),
            DueAt => Sorted(tasks, t => t.DueAt == null, t => t.DueAt, descending),
            _ => Sorted(tasks, null, t => t.CreatedAt, descending),
        };
        return sorted.ThenBy(t => t.CreatedAt).ThenBy(t => t.Id);
    }

    private static IOrderedQueryable<UserTask> Sorted<TKey>(IQueryable<UserTask> tasks, Expression<Func<UserTask, bool>>? emptyLast,
        Expression<Func<UserTask, TKey>> key, bool descending)
    {
        if (emptyLast is null) return descending ? tasks.OrderByDescending(key) : tasks.OrderBy(key);
        var empties = tasks.OrderBy(emptyLast);
        return descending ? empties.ThenByDescending(key) : empties.ThenBy(key);
    }
}

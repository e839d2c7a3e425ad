using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

/// <summary>
/// Who hears of a task: its assignee, the administrators, and its role, except that an advisor task goes only to the
/// advisor whose sale it is. The same rule as <see cref="TaskAccess"/>, so nobody is told of what they cannot open.
/// The answer is a list of users, each named once: a connection sits in its user's group only, so someone who is both
/// assignee and administrator (or holds two roles) hears each message once, on one host or through the Redis backplane.
/// Scoped: one outbox drain asks about every message of its batch, so each role's and advisor's users are read once per
/// drain, not once per message; a change of roles is heard from the next drain on.
/// </summary>
public sealed class NotificationAudience(ArchiveDbContext db)
{
    private readonly Dictionary<string, List<string>> _inRole = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _advisors = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> ForTaskAsync(TaskNotification task, CancellationToken cancellationToken)
    {
        var users = new List<string>(await InRoleAsync(Roles.Administrator, cancellationToken));
        if (task.Assignee is not null) users.Add(task.Assignee);
        if (task.CandidateRole == Roles.Advisor)
        {
            var advisorCode = await db.Set<Dossier>().AsNoTracking().Where(d => d.OrderNumber == task.BusinessKey)
                .Select(d => d.AdvisorCode).FirstOrDefaultAsync(cancellationToken);
            if (advisorCode is not null) users.AddRange(await AdvisorsAsync(advisorCode, cancellationToken));
        }
        else if (task.CandidateRole is not null)
        {
            users.AddRange(await InRoleAsync(task.CandidateRole, cancellationToken));
        }
        return Groups(users);
    }

    /// <summary>Incidents are for the people who run the archive.</summary>
    public async Task<IReadOnlyList<string>> ForIncidentAsync(CancellationToken cancellationToken) =>
        Groups([.. await InRoleAsync(Roles.DocumentManager, cancellationToken), .. await InRoleAsync(Roles.Administrator, cancellationToken)]);

    private static List<string> Groups(IEnumerable<string> users) => users.Distinct(StringComparer.Ordinal).Select(NotificationGroups.User).ToList();

    private Task<List<string>> InRoleAsync(string roleName, CancellationToken cancellationToken) =>
        OnceAsync(_inRole, roleName, () => UserNames(db.UsersInRole(roleName), cancellationToken));

    private Task<List<string>> AdvisorsAsync(string advisorCode, CancellationToken cancellationToken) =>
        OnceAsync(_advisors, advisorCode, () => UserNames(db.UsersInRole(Roles.Advisor).Where(u => u.AdvisorCode == advisorCode), cancellationToken));

    private static async Task<List<string>> OnceAsync(Dictionary<string, List<string>> read, string key, Func<Task<List<string>>> query) =>
        read.TryGetValue(key, out var known) ? known : read[key] = await query();

    private static Task<List<string>> UserNames(IQueryable<ArchiveUser> users, CancellationToken cancellationToken) =>
        users.Select(u => u.UserName!).ToListAsync(cancellationToken);
}

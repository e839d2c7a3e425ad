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
/// </summary>
public sealed class NotificationAudience(ArchiveDbContext db)
{
    public async Task<IReadOnlyList<string>> ForTaskAsync(TaskNotification task, CancellationToken cancellationToken)
    {
        var users = new List<string>(await InRolesAsync([Roles.Administrator], cancellationToken));
        if (task.Assignee is not null) users.Add(task.Assignee);
        if (task.CandidateRole == Roles.Advisor)
        {
            var advisorCode = await db.Set<Dossier>().AsNoTracking().Where(d => d.OrderNumber == task.BusinessKey)
                .Select(d => d.AdvisorCode).FirstOrDefaultAsync(cancellationToken);
            if (advisorCode is not null) users.AddRange(await AdvisorsAsync(advisorCode, cancellationToken));
        }
        else if (task.CandidateRole is not null)
        {
            users.AddRange(await InRolesAsync([task.CandidateRole], cancellationToken));
        }
        return Groups(users);
    }

    /// <summary>Incidents are for the people who run the archive.</summary>
    public async Task<IReadOnlyList<string>> ForIncidentAsync(CancellationToken cancellationToken) =>
        Groups(await InRolesAsync([Roles.DocumentManager, Roles.Administrator], cancellationToken));

    private static List<string> Groups(IEnumerable<string> users) => users.Distinct(StringComparer.Ordinal).Select(NotificationGroups.User).ToList();

    private Task<List<string>> InRolesAsync(string[] roles, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         join user in db.Users on userRole.UserId equals user.Id
         where roles.Contains(role.Name!)
         select user.UserName!).ToListAsync(cancellationToken);

    private Task<List<string>> AdvisorsAsync(string advisorCode, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         join user in db.Users on userRole.UserId equals user.Id
         where role.Name == Roles.Advisor && user.AdvisorCode == advisorCode
         select user.UserName!).ToListAsync(cancellationToken);
}

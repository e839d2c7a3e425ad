using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

/// <summary>
/// Who hears of a task: its assignee, the administrators, and its role, except that an advisor task goes only to the
/// advisor whose sale it is. The same rule as <see cref="TaskAccess"/>, so nobody is told of what they cannot open.
/// </summary>
public sealed class NotificationAudience(ArchiveDbContext db)
{
    public async Task<IReadOnlyList<string>> ForTaskAsync(TaskNotification task, CancellationToken cancellationToken)
    {
        var groups = new List<string> { NotificationGroups.Role(Roles.Administrator) };
        if (task.Assignee is not null) groups.Add(NotificationGroups.User(task.Assignee));
        if (task.CandidateRole == Roles.Advisor)
        {
            var advisorCode = await db.Set<Dossier>().AsNoTracking().Where(d => d.OrderNumber == task.BusinessKey)
                .Select(d => d.AdvisorCode).FirstOrDefaultAsync(cancellationToken);
            if (advisorCode is not null) groups.Add(NotificationGroups.Advisor(advisorCode));
        }
        else if (task.CandidateRole is not null)
        {
            groups.Add(NotificationGroups.Role(task.CandidateRole));
        }
        return groups;
    }

    /// <summary>Incidents are for the people who run the archive.</summary>
    public static IReadOnlyList<string> ForIncident() =>
        [NotificationGroups.Role(Roles.DocumentManager), NotificationGroups.Role(Roles.Administrator)];
}

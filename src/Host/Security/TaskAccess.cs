using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Security;

/// <summary>Thrown when a signed-in user reaches for something their role does not cover (403).</summary>
public sealed class AccessDeniedException : WorkflowException
{
    public AccessDeniedException(Text text) : base(text) { }
}

/// <summary>
/// Which tasks a person sees and may work on: those offered to one of their roles or assigned to them; an advisor
/// only those of their own dossiers. Administrators see everything.
/// </summary>
public sealed class TaskAccess(ArchiveDbContext db)
{
    public IQueryable<UserTask> Visible(IQueryable<UserTask> tasks, ClaimsPrincipal user)
    {
        if (user.IsAdministrator()) return tasks;
        var name = user.Identity?.Name;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var advisorCode = user.AdvisorCodeOf();
        var dossiers = db.Set<Dossier>();
        return tasks
            .Where(t => t.Assignee == name || roles.Contains(t.CandidateRole!))
            .Where(t => t.CandidateRole != Roles.Advisor || dossiers.Any(d => d.OrderNumber == t.BusinessKey && d.AdvisorCode == advisorCode));
    }

    /// <param name="completing">For a completion: the task's instance is read with it, as the move will need it.</param>
    public async Task EnsureCanWorkOnAsync(Guid taskId, ClaimsPrincipal user, CancellationToken cancellationToken, bool completing = false)
    {
        if (user.IsAdministrator()) return;
        // Tracked on purpose: the engine's move on the same task, in this scope, then finds it without a second query.
        var task = completing
            ? await TaskReads.WithInstanceAsync(db, taskId, cancellationToken)
            : await db.Set<UserTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null) throw new WorkflowNotFoundException(EngineTexts.TaskNotFound.With());
        if (task.CandidateRole is null || !user.IsInRole(task.CandidateRole))
            throw new AccessDeniedException(HostTexts.TaskForOtherRole.With(task.Name, Roles.DisplayNames.GetValueOrDefault(task.CandidateRole ?? "", task.CandidateRole ?? "?")));
        if (task.CandidateRole == Roles.Advisor)
        {
            var advisorCode = user.AdvisorCodeOf();
            var own = await db.Set<Dossier>().AnyAsync(d => d.OrderNumber == task.BusinessKey && d.AdvisorCode == advisorCode, cancellationToken);
            if (!own) throw new AccessDeniedException(HostTexts.DossierOfOtherAdvisor.With(task.BusinessKey));
        }
    }
}

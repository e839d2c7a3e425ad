using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Security;

/// <summary>
/// Who may give a task to whom. Anyone who may work on a task may take it themselves (a claim). Giving it to someone
/// else is coordination, the document manager's job in the procedure (and the administrator's, when someone is away):
/// a manager gives only tasks of the roles she holds, an administrator any. The colleague must hold the task's role,
/// have an account that is not locked and, for an advisor's task, be the advisor whose sale it is: a returned dossier
/// is corrected by the advisor who sold it, never by another one.
/// </summary>
public sealed class TaskAssignment(ArchiveDbContext db, TaskAccess access, TimeProvider time)
{
    /// <summary>The assignee's user name, once every rule holds; 403 or 400 (each with its code) otherwise.</summary>
    public async Task<string> EnsureMayAssignAsync(Guid taskId, string? userName, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var target = userName?.Trim();
        if (string.IsNullOrEmpty(target)) throw new WorkflowValidationException(HostTexts.TaskAssigneeRequired.With());
        var me = user.RequireName();
        var coordinates = user.IsInRole(Roles.DocumentManager) || user.IsAdministrator();
        if (target != me && !coordinates) throw new AccessDeniedException(HostTexts.TaskAssignNotAllowed.With());
        await access.EnsureCanWorkOnAsync(taskId, user, cancellationToken);
        var task = await db.Set<UserTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.TaskNotFound.With());
        if (target == me)
        {
            // Taking it oneself is a claim: only a coordinator takes it out of a colleague's hands.
            if (task.Assignee is { } other && other != me && !coordinates) throw new WorkflowConflictException(EngineTexts.TaskClaimedByOther.With(other));
            return me;
        }
        await EnsureCanReceiveAsync(task, target, cancellationToken);
        return target;
    }

    /// <summary>Everyone the task could be given to, by name.</summary>
    public async Task<IReadOnlyList<ColleagueView>> CandidatesAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<UserTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.TaskNotFound.With());
        if (task.CandidateRole is null) return [];
        var advisorCode = await DossierAdvisorAsync(task, cancellationToken);
        var now = time.GetUtcNow();
        var holders = await db.UsersInRole(task.CandidateRole).ToListAsync(cancellationToken);
        return holders
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Where(u => task.CandidateRole != Roles.Advisor || (advisorCode is not null && u.AdvisorCode == advisorCode))
            .Select(u => new ColleagueView(u.UserName!, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName))
            .OrderBy(c => c.DisplayName, StringComparer.CurrentCulture).ToList();
    }

    private async Task EnsureCanReceiveAsync(UserTask task, string target, CancellationToken cancellationToken)
    {
        var colleague = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == target, cancellationToken)
            ?? throw new WorkflowValidationException(HostTexts.TaskAssigneeUnknown.With(target));
        var name = string.IsNullOrWhiteSpace(colleague.DisplayName) ? target : colleague.DisplayName;
        if (colleague.LockoutEnd > time.GetUtcNow()) throw new WorkflowValidationException(HostTexts.TaskAssigneeLockedOut.With(name));
        var role = task.CandidateRole;
        if (role is null || !await db.UsersInRole(role).AnyAsync(u => u.Id == colleague.Id, cancellationToken))
            throw new WorkflowValidationException(HostTexts.TaskAssigneeLacksRole.With(name, Roles.DisplayNames.GetValueOrDefault(role ?? "", role ?? "?"), task.Name));
        if (role == Roles.Advisor && (await DossierAdvisorAsync(task, cancellationToken) is not { } code || colleague.AdvisorCode != code))
            throw new WorkflowValidationException(HostTexts.TaskAssigneeNotDossierAdvisor.With(task.Name, task.BusinessKey));
    }

    private Task<string?> DossierAdvisorAsync(UserTask task, CancellationToken cancellationToken) =>
        db.Set<Dossier>().AsNoTracking().Where(d => d.OrderNumber == task.BusinessKey).Select(d => d.AdvisorCode).FirstOrDefaultAsync(cancellationToken);
}

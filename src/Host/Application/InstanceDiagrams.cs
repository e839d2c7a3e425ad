using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Application;

/// <summary>"Where is this file now": an instance drawn on its own definition version, with its path and journal.</summary>
public sealed record InstanceDiagram(InstanceSummary Instance, string Xml, InstancePath Path, IReadOnlyList<TaskView> OpenTasks, IReadOnlyList<JournalView> Journal);

public sealed class InstanceDiagrams(ArchiveDbContext db, DefinitionModels models, TimeProvider time)
{
    public async Task<InstanceDiagram> ReadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.InstanceNotFound.With());
        await EnsureMayReadAsync(instance, user, cancellationToken);
        var definition = await db.Set<WorkflowDefinition>().AsNoTracking().FirstAsync(d => d.Id == instance.DefinitionId, cancellationToken);
        var journal = await db.Set<JournalEntry>().AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var open = await db.Set<UserTask>().AsNoTracking()
            .Where(t => t.InstanceId == id && (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed))
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return new InstanceDiagram(InstanceSummary.From(instance), definition.Xml, InstancePath.Trace(models.Get(definition), instance, journal),
            open.Select(t => TaskView.From(t, now)).ToList(),
            journal.Select(j => new JournalView(j.Id, j.ElementId, j.ElementName, j.Action.ToString(), j.At, j.Actor, j.Summary)).ToList());
    }

    /// <summary>Oversight roles read every instance; an advisor only those of their own sales' dossiers.</summary>
    private async Task EnsureMayReadAsync(WorkflowInstance instance, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (new[] { Roles.DocumentManager, Roles.RetentionMonitor, Roles.ProcessOwner, Roles.Administrator }.Any(user.IsInRole)) return;
        var advisorCode = user.AdvisorCodeOf();
        if (user.IsInRole(Roles.Advisor) && advisorCode is not null
            && await db.Set<Dossier>().AnyAsync(d => d.OrderNumber == instance.BusinessKey && d.AdvisorCode == advisorCode, cancellationToken))
            return;
        throw new AccessDeniedException(HostTexts.ProcessNotFollowed.With(instance.BusinessKey));
    }
}

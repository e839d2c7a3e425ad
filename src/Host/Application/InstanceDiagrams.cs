using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>"Where is this file now": an instance drawn on its own definition version, with its path and the steps it went through.</summary>
public sealed record InstanceDiagram(InstanceSummary Instance, string Xml, InstancePath Path, IReadOnlyList<TaskView> OpenTasks, IReadOnlyList<JournalStep> Steps);

public sealed class InstanceDiagrams(ArchiveDbContext db, DefinitionModels models, JournalSteps steps, TimeProvider time)
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
        var model = models.Get(definition);
        return new InstanceDiagram(InstanceSummary.From(instance), definition.Xml, InstancePath.Trace(model, instance, journal),
            open.Select(t => TaskView.From(t, now)).ToList(), steps.Read(model, journal));
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

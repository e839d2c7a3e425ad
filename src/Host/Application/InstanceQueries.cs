using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Application;

/// <summary>Reading workflow instances for oversight: lists and one instance with everything it holds.</summary>
public sealed class InstanceQueries(ArchiveDbContext db, TimeProvider time)
{
    public Task<PagedList<InstanceSummary>> ListAsync(string? definitionKey, string? businessKey, InstanceStatus? status, int? page,
        int? pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.Set<WorkflowInstance>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(definitionKey)) query = query.Where(i => i.DefinitionKey == definitionKey);
        if (!string.IsNullOrWhiteSpace(businessKey)) query = query.Where(i => i.BusinessKey == businessKey);
        if (status is not null) query = query.Where(i => i.Status == status);
        return Paging.PageAsync(query.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id), page, pageSize, InstanceSummary.From, cancellationToken);
    }

    public async Task<InstanceDetail> ReadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.InstanceNotFound.With());
        var tasks = await db.Set<UserTask>().AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var timers = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.InstanceId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var journal = await db.Set<JournalEntry>().AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new InstanceDetail(
            InstanceSummary.From(instance),
            instance.Variables,
            instance.Tokens.Select(t => new TokenView(t.Id, t.ElementId, t.Status.ToString())).ToList(),
            tasks.Select(t => TaskView.From(t, now)).ToList(),
            timers.Select(t => new TimerView(t.Id, t.ElementId, t.DueAt, t.Status.ToString(), t.FiredAt)).ToList(),
            journal.Select(j => new JournalView(j.Id, j.ElementId, j.ElementName, j.Action.ToString(), j.At, j.Actor, j.Summary)).ToList());
    }
}

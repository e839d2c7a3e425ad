using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>Where a dossier's workflow stands: its instance and the tasks still open on it.</summary>
public sealed record ProcessState(InstanceSummary Instance, IReadOnlyList<TaskView> OpenTasks);

/// <summary>Finding dossiers, as the API and the Expedientes pages both do: advisors only ever see their own sales.</summary>
public sealed class DossierQueries(DossierSearch search, DossierFileReader files, ArchiveDbContext db, TimeProvider time, BusinessCalendar calendar)
{
    /// <summary>How far the search counts its matches: past it the page says "más de 1.000" (the export still has every one).</summary>
    public const int CountCap = 1000;

    public async Task<PagedList<DossierSummary>> SearchAsync(DossierSearchCriteria criteria, ClaimsPrincipal user, int? page, int? pageSize,
        CancellationToken cancellationToken = default)
    {
        if (user.IsOnlyAdvisor()) criteria = criteria with { AdvisorCode = user.AdvisorCodeOf() ?? "-" };
        var matches = await search.MatchesAsync(criteria, cancellationToken);
        return await Paging.PageCappedAsync(matches.Ordered, matches.Counted, page, pageSize, CountCap, DossierSummary.From, cancellationToken);
    }

    public async Task<DossierDetail> ReadAsync(string orderNumber, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var file = await files.ReadAsync(orderNumber, cancellationToken);
        if (user.IsOnlyAdvisor() && file.Dossier.AdvisorCode != user.AdvisorCodeOf())
            throw new AccessDeniedException(HostTexts.DossierOfOtherAdvisor.With(orderNumber));
        return DossierDetail.From(file, calendar.Today(time.GetUtcNow()));
    }

    /// <summary>The scans delivered from this dossier (their content stays in the database until downloaded).</summary>
    public async Task<IReadOnlyList<AttachmentView>> AttachmentsAsync(Guid dossierId, CancellationToken cancellationToken = default) =>
        await db.Set<Attachment>().AsNoTracking().Where(a => a.DossierId == dossierId).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy))
            .ToListAsync(cancellationToken);

    public async Task<ProcessState?> ProcessStateAsync(Guid? instanceId, CancellationToken cancellationToken = default)
    {
        var instance = instanceId is null ? null
            : await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null) return null;
        var now = time.GetUtcNow();
        var tasks = await db.Set<UserTask>().AsNoTracking()
            .Where(t => t.InstanceId == instance.Id && (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed))
            .OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return new ProcessState(InstanceSummary.From(instance), tasks.Select(t => TaskView.From(t, now)).ToList());
    }

    /// <summary>The dossier, or null when there is none by that number (a task whose business key is not a dossier).</summary>
    public async Task<DossierDetail?> FindAsync(string orderNumber, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        try { return await ReadAsync(orderNumber, user, cancellationToken); }
        catch (WorkflowNotFoundException) { return null; }
    }
}

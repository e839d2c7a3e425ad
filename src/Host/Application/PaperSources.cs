using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Printing;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// What the printed documents and exports read that the JSON views do not give whole: box stickers, every match of a
/// search (not one page), a returned dossier's slip, a remisión's box code. Same access rules as the JSON endpoints.
/// </summary>
public sealed class PaperSources(ArchiveDbContext db, DossierSearch search, DossierQueries dossiers, BusinessCalendar calendar)
{
    public PaperDates Dates { get; } = new(calendar);

    public async Task<BoxLabel> BoxLabelAsync(string code, CancellationToken cancellationToken = default)
    {
        var box = await db.Set<ArchiveLocation>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, cancellationToken)
            ?? throw new WorkflowNotFoundException(HostTexts.LocationNotFound.With(code));
        if (box.Kind != LocationKind.Box) throw new WorkflowValidationException(HostTexts.LocationNotBox.With(code));
        return (await LabelsAsync([box], cancellationToken)).Single();
    }

    /// <summary>The stickers of every box on a shelf, by code; without a shelf, of every box in the archive.</summary>
    public async Task<IReadOnlyList<BoxLabel>> ShelfLabelsAsync(string? shelfCode, CancellationToken cancellationToken = default)
    {
        var boxes = db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Kind == LocationKind.Box);
        if (!string.IsNullOrWhiteSpace(shelfCode))
        {
            var code = shelfCode.Trim();
            var shelf = await db.Set<ArchiveLocation>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, cancellationToken)
                ?? throw new WorkflowNotFoundException(HostTexts.LocationNotFound.With(code));
            if (shelf.Kind != LocationKind.Shelf) throw new WorkflowValidationException(HostTexts.LocationNotShelf.With(code));
            boxes = boxes.Where(b => b.ParentId == shelf.Id);
        }
        return await LabelsAsync(await boxes.OrderBy(b => b.Code).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Every dossier the search finds, in the search's order; advisors only their own, as in the search.</summary>
    public async Task<IReadOnlyList<DossierSummary>> AllMatchesAsync(DossierSearchCriteria criteria, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.IsOnlyAdvisor()) criteria = criteria with { AdvisorCode = user.AdvisorCodeOf() ?? "-" };
        var found = await (await search.QueryAsync(criteria, cancellationToken)).ToListAsync(cancellationToken);
        return found.Select(DossierSummary.From).ToList();
    }

    public async Task<(DossierDetail Detail, ReturnView Return)> ReturnAsync(string orderNumber, int number, ClaimsPrincipal user,
        CancellationToken cancellationToken = default)
    {
        var detail = await dossiers.ReadAsync(orderNumber, user, cancellationToken);
        var slip = detail.Returns.FirstOrDefault(r => r.Number == number)
            ?? throw new WorkflowNotFoundException(HostTexts.ReturnNotFound.With(orderNumber, number));
        return (detail, slip);
    }

    public async Task<string> BoxCodeAsync(Guid boxId, CancellationToken cancellationToken = default) =>
        await db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Id == boxId).Select(l => l.Code).FirstOrDefaultAsync(cancellationToken) ?? "—";

    private async Task<IReadOnlyList<BoxLabel>> LabelsAsync(IReadOnlyList<ArchiveLocation> boxes, CancellationToken cancellationToken)
    {
        var ids = boxes.Select(b => b.Id).ToList();
        // The latest date any dossier in the box must be kept until: the box can go (or be destroyed) only after it.
        var retention = (await db.Set<Dossier>().AsNoTracking().Where(d => d.BoxId != null && ids.Contains(d.BoxId.Value) && d.RetentionDueAt != null)
                .Select(d => new { d.BoxId, d.RetentionDueAt }).ToListAsync(cancellationToken))
            .GroupBy(d => d.BoxId!.Value).ToDictionary(g => g.Key, g => g.Max(d => d.RetentionDueAt!.Value));
        return boxes.Select(b => new BoxLabel(b.Code, ParentPath(b.Path), b.ClassificationPrefix,
            retention.TryGetValue(b.Id, out var until) ? Dates.Year(until) : null)).ToList();
    }

    /// <summary>Archive / floor / shelf: the box's own name is on the label already.</summary>
    private static string ParentPath(string path) => path.LastIndexOf(" / ", StringComparison.Ordinal) is var cut and > 0 ? path[..cut] : path;
}

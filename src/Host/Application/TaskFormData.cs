using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// One line of the review checklist: a required document and, on a re-review, what the last review recorded (a hint:
/// the manager decides again).
/// </summary>
/// <summary>One document to decide: <see cref="Keeps"/> the forms its rule says the archive keeps; the last review's verdict and forms only as a hint.</summary>
public sealed record ReviewLine(string Code, string Name, bool MustBeSigned, ReviewVerdict? LastVerdict, string? LastNote,
    DocumentForms Keeps = DocumentForms.Copy, DocumentForms? LastArrived = null);

/// <summary>What the advisor must fix: the open return and the documents still defective.</summary>
public sealed record OpenReturn(int Number, string Reason, IReadOnlyList<string> Items, DateTimeOffset DueAt, IReadOnlyList<DossierDocument> Defective);

/// <summary>A box that still has room, for the archive form's picker.</summary>
public sealed record BoxChoice(string Code, string Path, int Free);

/// <summary>The data the task forms show next to their fields, read fresh for each form.</summary>
public sealed class TaskFormData(ArchiveDbContext db, RequirementCatalog catalog)
{
    public async Task<JsonObject> VariablesAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.InstanceNotFound.With());
        return instance.Variables;
    }

    /// <summary>The requirement set in force on the sale date, each with what the last review recorded, if any.</summary>
    public async Task<IReadOnlyList<ReviewLine>> ReviewLinesAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var dossier = await DossierAsync(orderNumber, cancellationToken);
        var set = await catalog.InForceOnAsync(dossier.SaleDate, cancellationToken);
        var stored = await db.Set<DossierDocument>().AsNoTracking().Where(d => d.DossierId == dossier.Id).ToListAsync(cancellationToken);
        return RequirementCatalog.RequiredFor(set, dossier).Select(item =>
        {
            var last = stored.FirstOrDefault(d => d.Code == item.DocumentCode);
            return new ReviewLine(item.DocumentCode, item.DocumentName, item.MustBeSigned,
                last is null ? null : ReviewVerdicts.Of(last.Received, last.Legible, last.Signed, item.MustBeSigned), last?.Note,
                item.Keeps, last?.Received == true ? last.Arrived : null);
        }).ToList();
    }

    public async Task<OpenReturn?> OpenReturnAsync(string orderNumber, CancellationToken cancellationToken = default)
    {
        var dossier = await DossierAsync(orderNumber, cancellationToken);
        if (await CorrectionContract.OpenReturnAsync(db, dossier.Id, tracked: false, cancellationToken) is not { } open) return null;
        return new OpenReturn(open.Number, open.Reason, open.Items.Split('\n'), open.DueAt,
            await CorrectionContract.ReturnedDocumentsAsync(db, dossier.Id, tracked: false, cancellationToken));
    }

    public async Task<IReadOnlyList<BoxChoice>> BoxesWithRoomAsync(CancellationToken cancellationToken = default)
    {
        // A closed box takes no dossier (BoxAssignment refuses it), so the archive form does not offer it.
        var boxes = await db.Set<ArchiveLocation>().AsNoTracking().Where(l => l.Kind == LocationKind.Box && !l.Closed).OrderBy(l => l.Code).ToListAsync(cancellationToken);
        return boxes.Where(b => (b.Capacity ?? int.MaxValue) > b.Filled)
            .Select(b => new BoxChoice(b.Code, b.Path, b.Capacity is { } capacity ? capacity - b.Filled : int.MaxValue)).ToList();
    }

    public async Task<RetrievalRequest> RequestAsync(string number, CancellationToken cancellationToken = default) =>
        await db.Set<RetrievalRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
        ?? throw new WorkflowNotFoundException(DomainTexts.RequestNotFound.With(number));

    private Task<Dossier> DossierAsync(string orderNumber, CancellationToken cancellationToken) =>
        DossierLookup.FindByOrderNumberAsync(db, orderNumber, tracked: false, cancellationToken);
}

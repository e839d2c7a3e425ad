using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>
/// Condebamba receives a whole remisión under one receipt number (ADM-ARC-P01): completes the "confirm reception"
/// task of every dossier on it, each as its own workflow move.
/// </summary>
public sealed class ManifestReception(DbContext db, WorkflowEngine engine, BusinessCalendar calendar)
{
    public const string ConfirmTaskId = "Task_ConfirmReception";

    public async Task<int> ConfirmAsync(Guid manifestId, string receiptNumber, string user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(receiptNumber)) throw new WorkflowValidationException(DomainTexts.ReceiptNumberRequired.With());
        var manifest = await db.Set<TransferManifest>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == manifestId, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.ManifestMissing.With());
        if (manifest.Status == ManifestStatus.Received)
            throw new WorkflowConflictException(DomainTexts.ManifestAlreadyReceived.With(manifest.Number, calendar.Today(manifest.ReceivedAt!.Value), manifest.ReceiptNumber));

        var orders = await db.Set<Dossier>().Where(d => d.ManifestId == manifestId).Select(d => d.OrderNumber).ToListAsync(cancellationToken);
        var tasks = await db.Set<UserTask>().AsNoTracking()
            .Where(t => t.ElementId == ConfirmTaskId && orders.Contains(t.BusinessKey) && (t.Status == UserTaskStatus.Open || t.Status == UserTaskStatus.Claimed))
            .Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var taskId in tasks)
        {
            db.ChangeTracker.Clear();
            await engine.CompleteTaskAsync(taskId, new JsonObject { ["receiptNumber"] = receiptNumber.Trim() }, user, cancellationToken);
        }
        return tasks.Count;
    }
}

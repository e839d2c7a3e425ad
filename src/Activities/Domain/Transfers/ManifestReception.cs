using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>What Condebamba answered: its receipt number and who signed, or that the box did not arrive.</summary>
public sealed record ReceptionReport(string? ReceiptNumber, string? Receiver, bool BoxMissing = false, string? Note = null);

/// <summary>
/// Condebamba receives a whole sent remisión under one receipt number (ADM-ARC-P01): completes the "confirm reception"
/// task of every dossier on it, each as its own workflow move.
/// </summary>
public sealed class ManifestReception(DbContext db, WorkflowEngine engine, BusinessCalendar calendar)
{
    public const string ConfirmTaskId = "Task_ConfirmReception";

    public async Task<int> ConfirmAsync(Guid manifestId, ReceptionReport report, string user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(report.Receiver)) throw new WorkflowValidationException(DomainTexts.ReceptionReceiverRequired.With());
        if (!report.BoxMissing && string.IsNullOrWhiteSpace(report.ReceiptNumber)) throw new WorkflowValidationException(DomainTexts.ReceiptNumberRequired.With());
        var manifest = await db.Set<TransferManifest>().FirstOrDefaultAsync(m => m.Id == manifestId, cancellationToken)
            ?? throw new WorkflowNotFoundException(DomainTexts.ManifestMissing.With());
        if (manifest.Status == ManifestStatus.Received)
            throw new WorkflowConflictException(DomainTexts.ManifestAlreadyReceived.With(manifest.Number, calendar.Today(manifest.ReceivedAt!.Value), manifest.ReceiptNumber));
        if (manifest.Status == ManifestStatus.Prepared) throw new WorkflowConflictException(DomainTexts.ManifestNotSent.With(manifest.Number));

        manifest.CondebambaReceiver = report.Receiver.Trim();
        if (report.BoxMissing)
        {
            // The box did not arrive: custody stays as it was and the remisión says so, until the box turns up.
            manifest.Status = ManifestStatus.BoxMissing;
            manifest.MissingNote = string.IsNullOrWhiteSpace(report.Note) ? null : report.Note.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        var receiptNumber = report.ReceiptNumber!;

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

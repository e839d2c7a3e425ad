using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 6: logs the return of an incomplete dossier to the advisor who made the sale: what is missing or defective,
/// why, and by when it must come back (business days). The correction task and its reminder use that deadline.
/// </summary>
public sealed class RegisterReturnActivity(BusinessCalendar calendar, ArchiveOptions options) : IWorkflowActivity
{
    public const string ReturnedMessage = "DossierReturned";

    public ActivityDescriptor Descriptor { get; } = new("register-return", "Registrar devolución",
        "Registra la devolución al asesor con los requisitos faltantes o diferencias con Smartflex y el plazo para devolverlo.",
        ["missingItems", "smartflexMismatches", ChecklistReviewContract.ReturnReason], ["returnCount", "returnReasons", "correctionDuration"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var items = Texts(context.Variables["missingItems"])
            .Concat(Texts(context.Variables["smartflexMismatches"]).Select(m => $"Smartflex — {m}"))
            .ToList();
        if (items.Count == 0) items.Add("Documentación observada en la revisión");
        var due = calendar.AddBusinessDays(context.Now, options.CorrectionBusinessDays);

        dossier.ReturnCount++;
        dossier.Status = DossierStatus.Returned;
        var dossierReturn = new DossierReturn
        {
            DossierId = dossier.Id, Number = dossier.ReturnCount, AdvisorCode = dossier.AdvisorCode,
            Reason = context.OptionalString(ChecklistReviewContract.ReturnReason) ?? "Documentación incompleta",
            Items = string.Join("\n", items), ReturnedAt = context.Now, ReturnedBy = context.Actor, DueAt = due,
        };
        context.Db.Set<DossierReturn>().Add(dossierReturn);
        DossierAccess.Record(context, dossier, "Devuelto al asesor",
            $"Devolución n.º {dossier.ReturnCount} a {dossier.AdvisorCode}, plazo {due:yyyy-MM-dd}: {string.Join("; ", items)}");
        context.Outbox.Enqueue(ReturnedMessage, new { dossier.OrderNumber, dossier.AdvisorCode, dossier.ReturnCount, Items = items, DueAt = due },
            $"dossier-returned:{dossier.Id}:{dossier.ReturnCount}");

        return ActivityResult.Done($"Devolución n.º {dossier.ReturnCount} registrada; plazo {due:yyyy-MM-dd}.", new JsonObject
        {
            ["returnCount"] = dossier.ReturnCount,
            ["returnReasons"] = new JsonArray(items.Select(r => (JsonNode)r!).ToArray()),
            // Business days (5BD): the task and its reminder count on the archive's calendar, so they land on the return's deadline.
            ["correctionDuration"] = new WaitDuration.BusinessDays(options.CorrectionBusinessDays).Text,
            [ChecklistReviewContract.ReturnReason] = null,
        });
    }

    private static IEnumerable<string> Texts(JsonNode? node) =>
        node is JsonArray array ? array.Select(i => i?.ToString()).Where(s => !string.IsNullOrWhiteSpace(s)).OfType<string>() : [];
}

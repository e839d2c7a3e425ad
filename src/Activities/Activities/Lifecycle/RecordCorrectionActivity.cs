using WorkflowArchive.Domain.Catalog;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 7: the advisor sends the dossier back and says what was supplied (e.g. the signature obtained by calling the
/// customer). Closes the open return and marks those items as provided; the manager's review then runs again.
/// </summary>
public sealed class RecordCorrectionActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("record-correction", "Registrar corrección del asesor",
        "Cierra la devolución con lo aportado por el asesor y devuelve el expediente a revisión.", [CorrectionContract.Supplied, CorrectionContract.Note], []);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var open = await DossierQueries.OpenReturnInMoveAsync(context.Db, dossier.Id, cancellationToken)
            ?? throw new ActivityFailedException(DomainTexts.CorrectionWithoutReturn.With(dossier.OrderNumber));
        var supplied = context.Variables[CorrectionContract.Supplied] is JsonArray codes
            ? codes.Select(c => c?.ToString().Trim().ToLowerInvariant()).Where(c => !string.IsNullOrEmpty(c)).Cast<string>().ToList()
            : [];

        open.CorrectedAt = context.Now;
        open.CorrectedBy = context.Actor;
        open.CorrectionNote = context.OptionalString(CorrectionContract.Note);
        open.Supplied = string.Join(",", supplied);
        var documents = await DossierQueries.DocumentsAsync(context.Db, dossier.Id, supplied, cancellationToken);
        foreach (var document in documents)
        {
            document.Received = document.Legible = document.Signed = true;
            // The advisor brought what was asked for, the missing original included; the next review says what it found.
            document.Arrived = (document.Arrived ?? DocumentForms.None) | document.Keeps;
            document.Note = $"Aportado por {context.Actor ?? dossier.AdvisorCode}" + (open.CorrectionNote is null ? "" : $": {open.CorrectionNote}");
            document.UpdatedAt = context.Now;
        }
        dossier.Status = DossierStatus.Received;
        DossierAccess.Record(context, dossier, "Corregido por el asesor",
            $"Devolución n.º {open.Number}: {(supplied.Count == 0 ? "sin detalle" : string.Join(", ", supplied))}. {open.CorrectionNote}".Trim());
        return ActivityResult.Done($"Devolución n.º {open.Number} cerrada.", new JsonObject { [CorrectionContract.Supplied] = null, [CorrectionContract.Note] = null });
    }
}

using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Loans;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Before the transfer: a legal hold on the dossier or its box, or its original out on loan, keeps it in the division's
/// archive until released or returned; the process checks again later.
/// </summary>
public sealed class CheckLegalHoldActivity(LegalHolds holds, OriginalLoans loans) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("check-legal-hold", "Verificar retención legal",
        "Indica si una retención legal sobre el expediente o su caja, o su original prestado, suspende la remisión.", [], ["onHold"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        var reasons = (await holds.ActiveForAsync(dossier, cancellationToken)).Select(h => $"{h.Reason} ({h.PlacedBy}, {h.PlacedAt:yyyy-MM-dd})")
            .Concat((await loans.OutForAsync(dossier.Id, cancellationToken)).Select(l => DomainTexts.LoanHoldsTransfer.With(l.LentTo, l.RequestNumber, l.DueBackOn).ToString()))
            .ToList();
        if (reasons.Count > 0) DossierAccess.Record(context, dossier, "Remisión suspendida", string.Join("; ", reasons));
        return ActivityResult.Done(reasons.Count == 0 ? "Sin retención legal ni original prestado." : $"Retenido: {reasons[0]}.",
            new JsonObject { ["onHold"] = reasons.Count > 0 });
    }
}

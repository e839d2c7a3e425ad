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
        var (dossier, activeHolds, loansOut) = await ReadAsync(context, cancellationToken);
        var reasons = activeHolds.Select(h => $"{h.Reason} ({h.PlacedBy}, {h.PlacedAt:yyyy-MM-dd})")
            .Concat(loansOut.Select(l => DomainTexts.LoanHoldsTransfer.With(l.LentTo, l.RequestNumber, l.DueBackOn).ToString()))
            .ToList();
        if (reasons.Count > 0) DossierAccess.Record(context, dossier, "Remisión suspendida", string.Join("; ", reasons));
        return ActivityResult.Done(reasons.Count == 0 ? "Sin retención legal ni original prestado." : $"Retenido: {reasons[0]}.",
            new JsonObject { ["onHold"] = reasons.Count > 0 });
    }

    /// <summary>The dossier, its active holds and its loans out: from the batch or the tracker when the move holds the dossier, else the dossier and its loans with one statement.</summary>
    private async Task<(Dossier Dossier, List<LegalHold> ActiveHolds, List<OriginalLoan> LoansOut)> ReadAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (DossierAccess.Held(context) is { } held)
            return (held, await holds.ActiveForAsync(held, cancellationToken), await loans.OutForAsync(held.Id, cancellationToken));
        var read = await DossierAndLoansOut.ReadAsync(context.Db, context.BusinessKey, cancellationToken)
            ?? throw DossierAccess.Missing(context);
        return (read.Dossier, await holds.ActiveForAsync(read.Dossier, cancellationToken), read.LoansOut);
    }
}

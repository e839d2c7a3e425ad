using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Dossiers;

/// <summary>How activities find the dossier of their instance and write its history.</summary>
public static class DossierAccess
{
    public static async Task<Dossier> LoadAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.BusinessKey;
        return await context.Db.Set<Dossier>().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber, cancellationToken)
               ?? context.Db.Set<Dossier>().Local.FirstOrDefault(d => d.OrderNumber == orderNumber)
               ?? throw new ActivityFailedException($"There is no dossier for order number {orderNumber}.");
    }

    public static void Record(ActivityContext context, Dossier dossier, string action, string? detail = null) =>
        context.Db.Set<DossierEvent>().Add(new DossierEvent
        {
            DossierId = dossier.Id,
            At = context.Now,
            Actor = context.Actor,
            Action = action,
            Detail = detail,
        });
}

using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>How activities find the dossier of their instance and write its history.</summary>
public static class DossierAccess
{
    public static async Task<Dossier> LoadAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await FindAsync(context, cancellationToken)
        ?? throw new ActivityFailedException(DomainTexts.DossierMissingForStep.With(context.BusinessKey));

    /// <summary>
    /// The instance's dossier, saved or added earlier in this same move (a binder registration adds it first). One already
    /// tracked is the move's current state, so a second activity of the move reads it without a query.
    /// </summary>
    public static async Task<Dossier?> FindAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.BusinessKey;
        return context.Db.Set<Dossier>().Local.FirstOrDefault(d => d.OrderNumber == orderNumber)
               ?? await context.Db.Set<Dossier>().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber, cancellationToken);
    }

    /// <summary>A history line, only ever added: it waits in the move's append buffer, outside the change tracker.</summary>
    public static void Record(ActivityContext context, Dossier dossier, string action, string? detail = null) =>
        AppendBuffer.For(context.Db).Add(new DossierEvent
        {
            DossierId = dossier.Id,
            At = context.Now,
            Actor = context.Actor,
            Action = action,
            Detail = detail,
        });
}

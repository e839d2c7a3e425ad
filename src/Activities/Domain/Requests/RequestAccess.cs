using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Requests;

internal static class RequestAccess
{
    public static async Task<RetrievalRequest> LoadAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var number = context.BusinessKey;
        return await context.Db.Set<RetrievalRequest>().FirstOrDefaultAsync(r => r.Number == number, cancellationToken)
               ?? throw new ActivityFailedException(DomainTexts.RequestMissingForStep.With(number));
    }

    /// <summary>A request also leaves a line in the requested dossier's history, once it is known which dossier it is.</summary>
    public static async Task RecordOnDossierAsync(ActivityContext context, RetrievalRequest request, string action, string detail, CancellationToken cancellationToken)
    {
        if (request.DossierId is null) return;
        var dossier = await context.Db.Set<Dossier>().FirstOrDefaultAsync(d => d.Id == request.DossierId, cancellationToken);
        if (dossier is not null) DossierAccess.Record(context, dossier, action, detail);
    }
}

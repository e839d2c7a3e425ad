using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Requests;

/// <summary>Step 10.1: registers what is asked for, by whom and why, and tells the manager where the dossier is.</summary>
public sealed class RegisterRequestActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("register-request", "Registrar solicitud",
        "Registra la solicitud de documentación y ubica el expediente pedido.",
        ["orderNumber", "requestedBy", "requestingUnit", "reason"], ["dossierLocation", "dossierCustody"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.RequireString("orderNumber").Trim();
        var request = await context.Db.Set<RetrievalRequest>().FirstOrDefaultAsync(r => r.Number == context.BusinessKey, cancellationToken);
        if (request is null)
        {
            request = new RetrievalRequest
            {
                Number = context.BusinessKey,
                OrderNumber = orderNumber,
                RequestedBy = context.RequireString("requestedBy"),
                RequestingUnit = context.OptionalString("requestingUnit"),
                Reason = context.OptionalString("reason"),
                RequestedAt = context.Now,
                Status = RetrievalStatus.Registered,
            };
            context.Db.Set<RetrievalRequest>().Add(request);
        }
        request.InstanceId = context.InstanceId;

        var dossier = await context.Db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber, cancellationToken);
        await RequestAccess.RecordOnDossierAsync(context, request, "Solicitado", $"Solicitud {request.Number} de {request.RequestedBy}: {request.Reason}", cancellationToken);
        var where = dossier is null ? "no registrado" : dossier.Location ?? "aún no archivado";
        return ActivityResult.Done($"Solicitud {request.Number} registrada; expediente {orderNumber}: {where}.", new JsonObject
        {
            ["dossierLocation"] = dossier?.Location,
            ["dossierCustody"] = dossier?.Custody,
        });
    }
}

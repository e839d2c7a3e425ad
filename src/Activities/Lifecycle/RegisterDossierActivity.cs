using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 4: registers the received paperwork of one transaction (advisor and date included) as a dossier.</summary>
public sealed class RegisterDossierActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("register-dossier", "Registrar documentación recibida",
        "Crea el expediente de la transacción con los datos de la entrega.",
        ["customerName", "customerDocument", "customerIsCompany", "serviceType", "transactionType", "advisor", "saleDate", "batchReference"],
        ["dossierId"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.BusinessKey;
        var dossier = await context.Db.Set<Dossier>().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber, cancellationToken);
        if (dossier is null)
        {
            var saleDateText = context.RequireString("saleDate");
            if (!DateOnly.TryParseExact(saleDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var saleDate))
                throw new ActivityFailedException($"saleDate '{saleDateText}' is not a date written as yyyy-MM-dd.");
            dossier = new Dossier
            {
                OrderNumber = orderNumber,
                CustomerName = context.RequireString("customerName"),
                CustomerDocument = context.RequireString("customerDocument"),
                CustomerIsCompany = context.Variables["customerIsCompany"]?.GetValue<bool>() ?? false,
                ServiceType = context.RequireString("serviceType"),
                TransactionType = context.RequireString("transactionType"),
                Advisor = context.RequireString("advisor"),
                SaleDate = saleDate,
                BatchReference = context.OptionalString("batchReference"),
                ReceivedAt = context.Now,
                Status = DossierStatus.Received,
            };
            context.Db.Set<Dossier>().Add(dossier);
        }
        dossier.InstanceId = context.InstanceId;
        DossierAccess.Record(context, dossier, "Registrado", $"Recibido de {dossier.Advisor}, venta del {dossier.SaleDate:yyyy-MM-dd}");
        return ActivityResult.Done($"Expediente {orderNumber} registrado.", new JsonObject { ["dossierId"] = dossier.Id.ToString() });
    }
}

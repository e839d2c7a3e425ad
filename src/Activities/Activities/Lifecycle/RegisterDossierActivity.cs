using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 4: links the instance to its dossier. A binder registration created the dossier already; an instance
/// started on its own carries the transaction's data in its variables and the dossier is created here.
/// </summary>
public sealed class RegisterDossierActivity(DossierRegistry registry) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("register-dossier", "Registrar documentación recibida",
        "Vincula (o crea) el expediente de la transacción con los datos de la entrega.",
        ["customerName", "customerDocument", "customerIsCompany", "signedByRepresentative", "serviceCode", "transactionCode", "advisorCode", "saleDate"],
        ["dossierId"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var orderNumber = context.BusinessKey;
        var dossier = await DossierAccess.FindAsync(context, cancellationToken)
                      ?? await registry.AddNotFoundAsync(FromVariables(context), null, context.Now, cancellationToken);
        dossier.InstanceId = context.InstanceId;
        DossierAccess.Record(context, dossier, "Registrado", $"Recibido de {dossier.AdvisorCode}, venta del {dossier.SaleDate:yyyy-MM-dd}");
        return ActivityResult.Done($"Expediente {orderNumber} registrado.", new JsonObject { ["dossierId"] = dossier.Id.ToString() });
    }

    private static DossierData FromVariables(ActivityContext context)
    {
        var saleDateText = context.RequireString("saleDate");
        if (!DateOnly.TryParseExact(saleDateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var saleDate))
            throw new ActivityFailedException(DomainTexts.VariableDateInvalid.With("saleDate", saleDateText));
        return new DossierData(
            context.BusinessKey,
            context.RequireString("customerName"),
            context.RequireString("customerDocument"),
            context.OptionalBool("customerIsCompany"),
            context.OptionalBool("signedByRepresentative"),
            context.RequireString("serviceCode"),
            context.RequireString("transactionCode"),
            context.RequireString("advisorCode"),
            saleDate);
    }
}

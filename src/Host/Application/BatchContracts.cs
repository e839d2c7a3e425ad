using WorkflowArchive.Domain.Batches;
using WorkflowArchive.Domain.Dossiers;

namespace WorkflowArchive.Host.Application;

// What the Batch endpoints and pages take and give.

public sealed record BatchDossierView(string OrderNumber, string CustomerName, string Status, Guid? InstanceId);

public sealed record BatchView(Guid Id, string Number, string AdvisorCode, DateOnly DeliveredOn, string BinderNumber, int DossierCount,
    DateTimeOffset RegisteredAt, string RegisteredBy, IReadOnlyList<BatchDossierView> Dossiers)
{
    public static BatchView From(Batch b, IReadOnlyList<Dossier> dossiers) =>
        new(b.Id, b.Number, b.AdvisorCode, b.DeliveredOn, b.BinderNumber, b.DossierCount, b.RegisteredAt, b.RegisteredBy,
            dossiers.Select(d => new BatchDossierView(d.OrderNumber, d.CustomerName, d.Status.ToString(), d.InstanceId)).ToList());
}

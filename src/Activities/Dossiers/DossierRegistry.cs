using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Activities.Advisors;
using WorkflowArchive.Activities.Catalog;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Activities.Dossiers;

/// <summary>Creates dossiers (step 4) after checking what they refer to exists; adds them to the unit of work only.</summary>
public sealed class DossierRegistry(DbContext db)
{
    public async Task<Dossier> AddAsync(DossierData data, Guid? batchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var orderNumber = data.OrderNumber.Trim();
        var existing = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber, cancellationToken);
        if (existing is not null)
            throw new WorkflowConflictException($"Order {orderNumber} already has a dossier (received {existing.ReceivedAt:yyyy-MM-dd}, {existing.Status}, {existing.Location ?? "sin ubicación"}).");

        var advisor = await db.Set<Advisor>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == data.AdvisorCode, cancellationToken)
            ?? throw new WorkflowValidationException($"Advisor '{data.AdvisorCode}' is not registered.");
        if (!await db.Set<ServiceType>().AnyAsync(s => s.Code == data.ServiceCode, cancellationToken))
            throw new WorkflowValidationException($"Order {orderNumber}: unknown service '{data.ServiceCode}'.");
        if (!await db.Set<TransactionType>().AnyAsync(t => t.Code == data.TransactionCode, cancellationToken))
            throw new WorkflowValidationException($"Order {orderNumber}: unknown transaction '{data.TransactionCode}'.");
        if (string.IsNullOrWhiteSpace(data.CustomerName) || string.IsNullOrWhiteSpace(data.CustomerDocument))
            throw new WorkflowValidationException($"Order {orderNumber}: the customer's name and CI/NIT are required.");

        var dossier = new Dossier
        {
            OrderNumber = orderNumber,
            CustomerName = data.CustomerName.Trim(),
            CustomerDocument = data.CustomerDocument.Trim(),
            CustomerIsCompany = data.CustomerIsCompany,
            SignedByRepresentative = data.SignedByRepresentative,
            ServiceCode = data.ServiceCode,
            TransactionCode = data.TransactionCode,
            AdvisorCode = advisor.Code,
            Channel = advisor.Channel,
            SaleDate = data.SaleDate,
            BatchId = batchId,
            ReceivedAt = now,
            Status = DossierStatus.Received,
        };
        db.Set<Dossier>().Add(dossier);
        return dossier;
    }
}

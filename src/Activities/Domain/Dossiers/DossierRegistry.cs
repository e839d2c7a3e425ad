using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Creates dossiers (step 4) after checking what they refer to exists; adds them to the unit of work only.</summary>
public sealed class DossierRegistry(DbContext db, BusinessCalendar calendar)
{
    public async Task<Dossier> AddAsync(DossierData data, Guid? batchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var orderNumber = data.OrderNumber.Trim();
        var existing = await db.Set<Dossier>().AsNoTracking().FirstOrDefaultAsync(d => d.OrderNumber == orderNumber, cancellationToken);
        if (existing is not null)
            throw new WorkflowConflictException(DomainTexts.DossierExists.With(orderNumber, calendar.Today(existing.ReceivedAt), StatusNames.Of(existing.Status),
                (object?)existing.Location ?? DomainTexts.DossierWithoutLocation.With()));

        var advisor = await db.Set<Advisor>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == data.AdvisorCode, cancellationToken)
            ?? throw new WorkflowValidationException(DomainTexts.AdvisorNotRegistered.With(data.AdvisorCode));
        if (!await db.Set<ServiceType>().AnyAsync(s => s.Code == data.ServiceCode, cancellationToken))
            throw new WorkflowValidationException(DomainTexts.OrderUnknownService.With(orderNumber, data.ServiceCode));
        if (!await db.Set<TransactionType>().AnyAsync(t => t.Code == data.TransactionCode, cancellationToken))
            throw new WorkflowValidationException(DomainTexts.OrderUnknownTransaction.With(orderNumber, data.TransactionCode));
        if (string.IsNullOrWhiteSpace(data.CustomerName) || string.IsNullOrWhiteSpace(data.CustomerDocument))
            throw new WorkflowValidationException(DomainTexts.OrderCustomerRequired.With(orderNumber));

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

using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Dossiers;

/// <summary>Creates dossiers (step 4) after checking what they refer to exists; adds them to the unit of work only.</summary>
public sealed class DossierRegistry(DbContext db, BusinessCalendar calendar)
{
    // What this scope found to exist: a binder registers its hundred orders in one request, with one advisor and a few
    // services, so each is asked once rather than once per order. Only what was found is kept.
    private readonly Dictionary<string, Advisor> _advisors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);
    private readonly HashSet<string> _transactions = new(StringComparer.Ordinal);

    // An order's first look-up asks for its advisor and whether its service and transaction exist in one statement.
    private static readonly CompiledPerModel<Func<DbContext, string, string, string, CancellationToken, Task<AdvisorAndCatalog?>>> AdvisorWithCatalog = new(() =>
        EF.CompileAsyncQuery((DbContext db, string code, string service, string transaction, CancellationToken _) => db.Set<Advisor>().AsNoTracking()
            .Where(a => a.Code == code)
            .Select(a => new AdvisorAndCatalog(a, db.Set<ServiceType>().Any(s => s.Code == service), db.Set<TransactionType>().Any(t => t.Code == transaction)))
            .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<bool>>> ServiceExists = new(() =>
        EF.CompileAsyncQuery((DbContext db, string code, CancellationToken _) => db.Set<ServiceType>().Any(s => s.Code == code)));

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<bool>>> TransactionExists = new(() =>
        EF.CompileAsyncQuery((DbContext db, string code, CancellationToken _) => db.Set<TransactionType>().Any(t => t.Code == code)));

    public async Task<Dossier> AddAsync(DossierData data, Guid? batchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var orderNumber = data.OrderNumber.Trim();
        var existing = await DossierLookup.ByOrderNumberAsync(db, orderNumber, tracked: false, cancellationToken);
        if (existing is not null)
            throw new WorkflowConflictException(DomainTexts.DossierExists.With(orderNumber, calendar.Today(existing.ReceivedAt), StatusNames.Of(existing.Status),
                (object?)existing.Location ?? DomainTexts.DossierWithoutLocation.With()));
        return await AddNotFoundAsync(data, batchId, now, cancellationToken);
    }

    /// <summary>
    /// <see cref="AddAsync"/> for a caller that has just looked the order up in this unit of work and found no dossier
    /// (<see cref="DossierAccess.FindAsync"/>), so the store is not asked again; its unique order number still refuses a
    /// dossier another request registered meanwhile.
    /// </summary>
    public async Task<Dossier> AddNotFoundAsync(DossierData data, Guid? batchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var orderNumber = data.OrderNumber.Trim();
        var advisor = await AdvisorAsync(data, cancellationToken)
            ?? throw new WorkflowValidationException(DomainTexts.AdvisorNotRegistered.With(data.AdvisorCode));
        if (!await KnownAsync(_services, data.ServiceCode, code => ServiceExists.For(db)(db, code, cancellationToken)))
            throw new WorkflowValidationException(DomainTexts.OrderUnknownService.With(orderNumber, data.ServiceCode));
        if (!await KnownAsync(_transactions, data.TransactionCode, code => TransactionExists.For(db)(db, code, cancellationToken)))
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

    /// <summary>The order's advisor, or null; what the same statement found of its service and transaction is kept too.</summary>
    private async Task<Advisor?> AdvisorAsync(DossierData data, CancellationToken cancellationToken)
    {
        if (_advisors.TryGetValue(data.AdvisorCode, out var known)) return known;
        if (await AdvisorWithCatalog.For(db)(db, data.AdvisorCode, data.ServiceCode, data.TransactionCode, cancellationToken) is not { } found) return null;
        _advisors[data.AdvisorCode] = found.Advisor;
        if (found.Service) _services.Add(data.ServiceCode);
        if (found.Transaction) _transactions.Add(data.TransactionCode);
        return found.Advisor;
    }

    private sealed record AdvisorAndCatalog(Advisor Advisor, bool Service, bool Transaction);

    private static async Task<bool> KnownAsync(HashSet<string> known, string code, Func<string, Task<bool>> exists)
    {
        if (known.Contains(code)) return true;
        if (!await exists(code)) return false;
        known.Add(code);
        return true;
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Advisors;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Smartflex;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Batches;

/// <summary>
/// One transaction in a binder: its order number (typed or scanned); when Smartflex lacks it, the data typed by hand;
/// when Smartflex names another advisor, why it stays in this binder all the same.
/// </summary>
public sealed record BatchEntry(string OrderNumber, string? CustomerName = null, string? CustomerDocument = null, bool? CustomerIsCompany = null,
    bool SignedByRepresentative = false, string? ServiceCode = null, string? TransactionCode = null, DateOnly? SaleDate = null,
    string? AdvisorMismatchReason = null);

public sealed record BatchRequest(string AdvisorCode, DateOnly DeliveredOn, string BinderNumber, IReadOnlyList<BatchEntry> Entries);

/// <summary>
/// Steps 2-4: registers a binder handed over by an advisor. Creates one dossier per transaction and starts one
/// gestion-documental instance each, all in ONE database transaction: either the whole binder is registered or nothing is.
/// </summary>
public sealed class BatchRegistration(DbContext db, DossierRegistry dossiers, ISmartflexGateway smartflex, WorkflowEngine engine,
    TimeProvider time, BinderContract contract)
{
    public const string WorkflowKey = "gestion-documental";
    public const string BatchNumber = "batchNumber";
    public const string BinderNumber = "binderNumber";

    /// <summary>The dossier history line of an order kept in a binder whose advisor is not the one Smartflex names.</summary>
    public const string MismatchConfirmedAction = "Asesor(a) distinto(a) al de Smartflex, confirmado";

    /// <summary>What each gestion-documental instance a binder starts carries from the start.</summary>
    public static readonly StartVariables Starts = new(WorkflowKey, [BatchNumber, BinderNumber]);

    public async Task<(Batch Batch, IReadOnlyList<Dossier> Dossiers)> RegisterAsync(BatchRequest request, string user, CancellationToken cancellationToken)
    {
        await contract.EnsureValidAsync(request, cancellationToken);
        var entries = Validate(request);
        var advisor = await db.Set<Advisor>().AsNoTracking().FirstOrDefaultAsync(a => a.Code == request.AdvisorCode, cancellationToken)
            ?? throw new WorkflowValidationException(DomainTexts.AdvisorNotRegistered.With(request.AdvisorCode));
        var sales = new Dictionary<string, SmartflexSale?>();
        foreach (var entry in entries) sales[entry.OrderNumber] = await smartflex.FindSaleAsync(entry.OrderNumber, cancellationToken);
        var mismatches = await AdvisorMismatches.FindAsync(db, advisor, entries, sales, cancellationToken);
        mismatches.EnsureConfirmed();
        var now = time.GetUtcNow();

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = new Batch
            {
                Number = $"LOTE-{TimeZoneInfo.ConvertTime(now, time.LocalTimeZone):yyyyMMdd}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}",
                AdvisorCode = advisor.Code, DeliveredOn = request.DeliveredOn, BinderNumber = request.BinderNumber.Trim(),
                DossierCount = entries.Count, RegisteredAt = now, RegisteredBy = user,
            };
            var trackedBefore = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            db.Set<Batch>().Add(batch);
            var created = new List<Dossier>();
            foreach (var entry in entries)
            {
                var data = DataFor(entry, sales[entry.OrderNumber], advisor.Code);
                var dossier = await dossiers.AddAsync(data, batch.Id, now, cancellationToken);
                if (mismatches.Of(entry.OrderNumber) is { } mismatch) mismatch.Record(db, dossier, now, user);
                created.Add(dossier);
                var instance = await engine.StartAsync(WorkflowKey, dossier.OrderNumber,
                    new JsonObject { [BatchNumber] = batch.Number, [BinderNumber] = batch.BinderNumber }, user, cancellationToken);
                dossier.InstanceId = instance.Id;
                await db.SaveChangesAsync(cancellationToken);
                ForgetWritten(trackedBefore);
            }
            await transaction.CommitAsync(cancellationToken);
            return (batch, (IReadOnlyList<Dossier>)created);
        });
    }

    /// <summary>
    /// Stops tracking an order's rows once they are written (in the binder's transaction): the next orders' moves need
    /// none of them, and every move checks each tracked row for changes, so a binder of 100 orders spent most of its
    /// time re-checking the orders before it.
    /// </summary>
    private void ForgetWritten(HashSet<object> trackedBefore)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
            if (!trackedBefore.Contains(entry.Entity)) entry.State = EntityState.Detached;
    }

    private static List<BatchEntry> Validate(BatchRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.BinderNumber)) throw new WorkflowValidationException(DomainTexts.BatchBinderRequired.With());
        var entries = (request.Entries ?? []).Where(e => !string.IsNullOrWhiteSpace(e.OrderNumber))
            .Select(e => e with { OrderNumber = e.OrderNumber.Trim() }).ToList();
        if (entries.Count == 0) throw new WorkflowValidationException(DomainTexts.BatchEmpty.With());
        var repeated = entries.GroupBy(e => e.OrderNumber).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0) throw new WorkflowValidationException(DomainTexts.BatchRepeatedOrders.With(string.Join(", ", repeated)));
        return entries;
    }

    /// <summary>Smartflex's record fills what was not typed; without either, the manager must type the data.</summary>
    private DossierData DataFor(BatchEntry entry, SmartflexSale? sale, string advisorCode)
    {
        string Pick(string? typed, string? fromSale, TextKey field) => !string.IsNullOrWhiteSpace(typed) ? typed.Trim()
            : fromSale ?? throw new WorkflowValidationException(DomainTexts.BatchOrderNotInSmartflex.With(entry.OrderNumber, smartflex.SourceName, field.With()));
        return new DossierData(
            entry.OrderNumber,
            Pick(entry.CustomerName, sale?.CustomerName, DomainTexts.BatchFieldCustomerName),
            Pick(entry.CustomerDocument, sale?.CustomerDocument, DomainTexts.BatchFieldCustomerDocument),
            entry.CustomerIsCompany ?? sale?.CustomerIsCompany ?? false,
            entry.SignedByRepresentative,
            Pick(entry.ServiceCode, sale?.ServiceCode, DomainTexts.BatchFieldService),
            Pick(entry.TransactionCode, sale?.TransactionCode, DomainTexts.BatchFieldTransaction),
            advisorCode,
            entry.SaleDate ?? sale?.SaleDate ?? throw new WorkflowValidationException(DomainTexts.BatchOrderNotInSmartflex.With(entry.OrderNumber, smartflex.SourceName, DomainTexts.BatchFieldSaleDate.With())));
    }
}

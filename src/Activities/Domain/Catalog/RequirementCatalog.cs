using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Catalog;

/// <summary>Finds the requirement set in force on a date, and publishes new versions edited by process owners.</summary>
public sealed class RequirementCatalog(DbContext db, TimeProvider time)
{
    /// <summary>Which set is in force on a day (a review asks it every time).</summary>
    private static readonly CompiledPerModel<Func<DbContext, DateOnly, CancellationToken, Task<Guid?>>> InForceId = new(() =>
        EF.CompileAsyncQuery((DbContext context, DateOnly day, CancellationToken _) => context.Set<RequirementSet>().AsNoTracking()
            .Where(s => s.EffectiveFrom <= day)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Version)
            .Select(s => (Guid?)s.Id).FirstOrDefault()));

    /// <summary>Sets read in this scope: a review's form check and its activity ask for the same one in the same move.</summary>
    private readonly Dictionary<DateOnly, RequirementSet> _inForce = [];

    public async Task<RequirementSet> InForceOnAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (_inForce.TryGetValue(date, out var known)) return known;
        // Which set is in force is asked every time (another host may have published one); its items only once per process.
        return await InForceOnAsync(date, await InForceId.For(db)(db, date, cancellationToken), cancellationToken);
    }

    /// <summary>The set in force on a date, when the caller already asked which one it is (<paramref name="id"/>; null: none).</summary>
    public async Task<RequirementSet> InForceOnAsync(DateOnly date, Guid? id, CancellationToken cancellationToken)
    {
        if (_inForce.TryGetValue(date, out var known)) return known;
        if (id is null) throw new WorkflowValidationException(DomainTexts.RequirementsNoneInForce.With(date));
        return _inForce[date] = await PublishedRequirementSets.GetAsync(id.Value, ReadAsync, cancellationToken);
    }

    // Read-only here (a new version is a new set): untracked, so a move's unit of work does not carry its items.
    private Task<RequirementSet> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<RequirementSet>().AsNoTracking().Include(s => s.Items).SingleAsync(s => s.Id == id, cancellationToken);

    public static IReadOnlyList<RequirementItem> RequiredFor(RequirementSet set, Dossier dossier) =>
        set.Items.Where(i => i.AppliesTo(dossier.ServiceCode, dossier.TransactionCode, dossier.CustomerIsCompany, dossier.SignedByRepresentative))
            .GroupBy(i => i.DocumentCode).Select(g => g.First())
            .OrderBy(i => i.DocumentCode).ToList();

    /// <summary>Publishes a new version; service and transaction codes must exist in the catalog.</summary>
    public async Task<RequirementSet> PublishAsync(DateOnly effectiveFrom, IReadOnlyList<RequirementItem> items, string? comment, string user,
        CancellationToken cancellationToken)
    {
        _inForce.Clear();
        if (items.Count == 0) throw new WorkflowValidationException(DomainTexts.RequirementsEmpty.With());
        var services = await db.Set<ServiceType>().Select(s => s.Code).ToListAsync(cancellationToken);
        var transactions = await db.Set<TransactionType>().Select(t => t.Code).ToListAsync(cancellationToken);
        var problems = items.SelectMany((item, index) => Problems(item, index, services, transactions)).ToList();
        if (problems.Count > 0) throw new WorkflowValidationException(DomainTexts.RequirementsInvalid.With(problems));

        var version = (await db.Set<RequirementSet>().MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0) + 1;
        var set = new RequirementSet
        {
            Version = version, EffectiveFrom = effectiveFrom, Comment = comment, CreatedAt = time.GetUtcNow(), CreatedBy = user,
            Items = items.Select(i => new RequirementItem
            {
                ServiceCode = i.ServiceCode.Trim(), TransactionCode = i.TransactionCode.Trim(), DocumentCode = i.DocumentCode.Trim().ToLowerInvariant(),
                DocumentName = i.DocumentName.Trim(), MustBeSigned = i.MustBeSigned, Condition = i.Condition, Keeps = i.Keeps,
            }).ToList(),
        };
        db.Set<RequirementSet>().Add(set);
        await db.SaveChangesAsync(cancellationToken);
        return set;
    }

    private static IEnumerable<Text> Problems(RequirementItem item, int index, List<string> services, List<string> transactions)
    {
        var number = index + 1;
        if (string.IsNullOrWhiteSpace(item.DocumentCode) || string.IsNullOrWhiteSpace(item.DocumentName))
            yield return DomainTexts.RequirementItemNameRequired.With(number, item.DocumentCode);
        if (item.ServiceCode != RequirementItem.Any && !services.Contains(item.ServiceCode))
            yield return DomainTexts.RequirementItemUnknownService.With(number, item.DocumentCode, item.ServiceCode);
        if (item.TransactionCode != RequirementItem.Any && !transactions.Contains(item.TransactionCode))
            yield return DomainTexts.RequirementItemUnknownTransaction.With(number, item.DocumentCode, item.TransactionCode);
        if ((item.Keeps & DocumentForms.Both) == DocumentForms.None || (item.Keeps & ~DocumentForms.Both) != DocumentForms.None)
            yield return DomainTexts.RequirementItemKeepsNothing.With(number, item.DocumentCode);
    }
}

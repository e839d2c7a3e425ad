using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;

namespace WorkflowArchive.Domain.Smartflex.Import;

/// <summary>What each row is checked against: the catalog's service and transaction codes and the column sizes of <c>smartflex_sales</c>.</summary>
public sealed class SmartflexExportRules(IEnumerable<string> serviceCodes, IEnumerable<string> transactionCodes, IReadOnlyDictionary<string, int> maxLengths)
{
    // Codes are matched ignoring case and stored as the catalog spells them.
    private readonly Dictionary<string, string> _services = serviceCodes.ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _transactions = transactionCodes.ToDictionary(c => c, StringComparer.OrdinalIgnoreCase);

    public string? Service(string code) => _services.GetValueOrDefault(code);

    public string? Transaction(string code) => _transactions.GetValueOrDefault(code);

    /// <summary>The longest text the property's column holds; read from the EF model so it cannot drift from the schema.</summary>
    public int MaxLength(string property) => maxLengths.GetValueOrDefault(property, int.MaxValue);

    public static async Task<SmartflexExportRules> LoadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var services = await db.Set<ServiceType>().AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken);
        var transactions = await db.Set<TransactionType>().AsNoTracking().Select(t => t.Code).ToListAsync(cancellationToken);
        var entity = db.Model.FindEntityType(typeof(SmartflexSale))!;
        var lengths = entity.GetProperties().Where(p => p.GetMaxLength() is not null).ToDictionary(p => p.Name, p => p.GetMaxLength()!.Value);
        return new SmartflexExportRules(services, transactions, lengths);
    }
}

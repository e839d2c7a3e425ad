using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Domain.Smartflex;

/// <summary>Sales kept in our own table: filled by imports of Smartflex exports (or, for the simulator, by the demo seeding).</summary>
public sealed class LocalSmartflexSales(DbContext db) : ISmartflexGateway
{
    public const string Name = "tabla local de ventas Smartflex (exportaciones CSV importadas)";

    public string SourceName => Name;

    // The sales found in this scope (one request): a binder's registration checks each order, then the order's start
    // verifies it again within the same request. A sale not found is asked again.
    private readonly Dictionary<string, SmartflexSale> _found = new(StringComparer.Ordinal);

    private static readonly CompiledPerModel<Func<DbContext, string, CancellationToken, Task<SmartflexSale?>>> Sale = new(() =>
        EF.CompileAsyncQuery((DbContext db, string orderNumber, CancellationToken _) => db.Set<SmartflexSale>().AsNoTracking().FirstOrDefault(s => s.OrderNumber == orderNumber)));

    public async Task<SmartflexSale?> FindSaleAsync(string orderNumber, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue(orderNumber, out var known)) return known;
        var sale = await Sale.For(db)(db, orderNumber, cancellationToken);
        if (sale is not null) _found[orderNumber] = sale;
        return sale;
    }
}

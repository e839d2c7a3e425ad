using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Smartflex;

/// <summary>Sales kept in our own table: filled by imports of Smartflex exports (or, for the simulator, by the demo seeding).</summary>
public sealed class LocalSmartflexSales(DbContext db) : ISmartflexGateway
{
    public const string Name = "tabla local de ventas Smartflex (exportaciones CSV importadas)";

    public string SourceName => Name;

    public Task<SmartflexSale?> FindSaleAsync(string orderNumber, CancellationToken cancellationToken) =>
        db.Set<SmartflexSale>().AsNoTracking().FirstOrDefaultAsync(s => s.OrderNumber == orderNumber, cancellationToken);
}

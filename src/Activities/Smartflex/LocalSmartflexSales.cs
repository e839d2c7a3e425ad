using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Activities;

namespace WorkflowArchive.Activities.Smartflex;

/// <summary>Sales kept in our own table: filled by the demo seeding (simulator) or by imports of Smartflex exports.</summary>
public sealed class LocalSmartflexSales(Microsoft.EntityFrameworkCore.DbContext db) : ISmartflexGateway
{
    public string SourceName => "tabla local de ventas Smartflex";

    public Task<SmartflexSale?> FindSaleAsync(string orderNumber, CancellationToken cancellationToken) =>
        db.Set<SmartflexSale>().AsNoTracking().FirstOrDefaultAsync(s => s.OrderNumber == orderNumber, cancellationToken);
}

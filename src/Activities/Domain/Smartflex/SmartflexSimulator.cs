using Microsoft.EntityFrameworkCore;

namespace WorkflowArchive.Domain.Smartflex;

/// <summary>
/// The built-in stand-in used when no Smartflex is configured: it answers from the local sales table, where the
/// demo seeder put its sales, and names itself so nobody mistakes demo data for the commercial system.
/// </summary>
public sealed class SmartflexSimulator(DbContext db) : ISmartflexGateway
{
    public const string Name = "simulador (datos de demostración)";

    private readonly LocalSmartflexSales _sales = new(db);

    public string SourceName => Name;

    public Task<SmartflexSale?> FindSaleAsync(string orderNumber, CancellationToken cancellationToken) =>
        _sales.FindSaleAsync(orderNumber, cancellationToken);
}

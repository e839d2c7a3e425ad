using System.Collections.Concurrent;
using WorkflowArchive.Domain.Smartflex;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>The sales the peer's Smartflex check looks up: in memory, where ours reads the smartflex_sales table.</summary>
public sealed class PeerSmartflex
{
    private readonly ConcurrentDictionary<string, SmartflexSale> _sales = new();

    public void Add(SmartflexSale sale) => _sales[sale.OrderNumber] = sale;

    public SmartflexSale? Find(string orderNumber) => _sales.GetValueOrDefault(orderNumber);
}

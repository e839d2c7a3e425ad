namespace WorkflowArchive.Domain.Smartflex;

/// <summary>The port to the commercial system: where the sale behind a dossier is looked up.</summary>
public interface ISmartflexGateway
{
    /// <summary>Tells which adapter answers ("simulador" when nothing real is configured), for the UI and health output.</summary>
    string SourceName { get; }

    Task<SmartflexSale?> FindSaleAsync(string orderNumber, CancellationToken cancellationToken);
}

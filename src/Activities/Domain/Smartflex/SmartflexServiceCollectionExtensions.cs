using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using WorkflowArchive.Domain.Smartflex.Import;
using WorkflowArchive.Domain.Smartflex.Reconciliation;

namespace WorkflowArchive.Domain.Smartflex;

public static class SmartflexServiceCollectionExtensions
{
    /// <summary>
    /// The Smartflex options, the CSV importer, the reconciliation report and, for Simulator and Import, the gateway
    /// reading the local table. Http mode needs the HTTP client factory: the host adds that gateway.
    /// </summary>
    public static IServiceCollection AddSmartflexSources(this IServiceCollection services, SmartflexOptions options)
    {
        services.AddSingleton(options);
        services.AddScoped<SmartflexImporter>();
        services.AddScoped<SmartflexReconciliation>();
        services.RemoveAll<ISmartflexGateway>();
        if (options.Mode == SmartflexMode.Simulator) services.AddScoped<ISmartflexGateway, SmartflexSimulator>();
        if (options.Mode == SmartflexMode.Import) services.AddScoped<ISmartflexGateway, LocalSmartflexSales>();
        return services;
    }
}

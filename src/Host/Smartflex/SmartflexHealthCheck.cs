using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkflowArchive.Domain.Smartflex;

namespace WorkflowArchive.Host.Smartflex;

/// <summary>
/// Says which Smartflex source answers. The simulator is Degraded (still HTTP 200): the service works, on demo data.
/// Smartflex is not called: readiness must not flap with the commercial system; its failures surface as incidents.
/// </summary>
public sealed class SmartflexHealthCheck(ISmartflexGateway gateway, SmartflexOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["mode"] = options.Mode.ToString() };
        return Task.FromResult(options.Mode == SmartflexMode.Simulator
            ? HealthCheckResult.Degraded(gateway.SourceName, data: data)
            : HealthCheckResult.Healthy(gateway.SourceName, data));
    }
}

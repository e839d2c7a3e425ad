using Microsoft.Extensions.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WorkflowArchive.Host.Startup;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>Telemetry leaves the process only when an endpoint is set; the engine's meter is there either way.</summary>
public sealed class TelemetryTests : BareHostTest
{
    [Fact]
    public void A_host_without_an_endpoint_registers_no_exporter_but_has_the_engine_meter()
    {
        Assert.Null(Factory.Services.GetService<MeterProvider>());
        Assert.Null(Factory.Services.GetService<TracerProvider>());
        Assert.Equal(EngineMetrics.MeterName, Factory.Services.GetRequiredService<EngineMetrics>().Meter.Name);
        Assert.DoesNotContain(Registered(new Dictionary<string, string?>()), IsOtlp);
    }

    [Fact]
    public void An_endpoint_registers_the_OTLP_exporter_for_metrics_and_traces()
    {
        var services = Registered(new Dictionary<string, string?> { ["OpenTelemetry:Endpoint"] = "http://127.0.0.1:4317" });

        Assert.Contains(services, IsOtlp);
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<MeterProvider>());
        Assert.NotNull(provider.GetService<TracerProvider>());
    }

    private static ServiceCollection Registered(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddArchiveTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }

    private static bool IsOtlp(ServiceDescriptor descriptor) =>
        $"{descriptor.ServiceType.FullName} {descriptor.ImplementationType?.FullName}".Contains("Otlp", StringComparison.Ordinal);
}

using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WorkflowArchive.Workflows.Diagnostics;

namespace WorkflowArchive.Host.Startup;

/// <summary>
/// Sends the engine's meter and traces (<see cref="EngineMetrics.MeterName"/>), ASP.NET Core's request metrics and spans
/// (search latency is its <c>http.server.request.duration</c> on the search routes) and Npgsql's over OTLP, only when
/// <c>OpenTelemetry:Endpoint</c> is set. Without it nothing is registered and nothing leaves the process; the meters can
/// still be read on the machine with <c>dotnet-counters</c>.
/// </summary>
public static class TelemetryRegistration
{
    public const string Section = "OpenTelemetry";

    public static IServiceCollection AddArchiveTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[$"{Section}:Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint)) return services;
        // grpc (port 4317) unless told http/protobuf (port 4318), as collectors take them.
        var protocol = string.Equals(configuration[$"{Section}:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration[$"{Section}:ServiceName"] ?? "WorkflowArchive"))
            .WithMetrics(metrics => metrics.AddMeter(EngineMetrics.MeterName).AddAspNetCoreInstrumentation().AddNpgsqlInstrumentation())
            .WithTracing(tracing => tracing.AddSource(EngineMetrics.MeterName).AddAspNetCoreInstrumentation().AddNpgsql())
            .UseOtlpExporter(protocol, new Uri(endpoint));
        return services;
    }
}

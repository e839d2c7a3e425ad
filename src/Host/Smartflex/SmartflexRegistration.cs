using Microsoft.Extensions.Http.Resilience;
using Polly;
using WorkflowArchive.Domain.Smartflex;

namespace WorkflowArchive.Host.Smartflex;

public static class SmartflexRegistration
{
    public const string HttpClientName = "smartflex";

    /// <summary>Reads the <c>Smartflex</c> section and registers the source it names, the import and reconciliation services, and the health entry.</summary>
    public static IServiceCollection AddSmartflex(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SmartflexOptions.Section).Get<SmartflexOptions>() ?? new SmartflexOptions();
        services.AddSmartflexSources(options);
        if (options.Mode == SmartflexMode.Http) AddHttpGateway(services, options);
        services.AddHealthChecks().AddCheck<SmartflexHealthCheck>("smartflex", tags: ["ready"]);
        return services;
    }

    private static void AddHttpGateway(IServiceCollection services, SmartflexOptions options)
    {
        var baseUrl = BaseAddress(options);
        if (options.TimeoutSeconds is < 0.01 or > 300) throw new InvalidOperationException("Smartflex:TimeoutSeconds must be between 0.01 and 300.");
        if (options.Retries is < 0 or > 10) throw new InvalidOperationException("Smartflex:Retries must be between 0 and 10.");
        if (options.RetryDelayMilliseconds is < 0 or > 60_000) throw new InvalidOperationException("Smartflex:RetryDelayMilliseconds must be between 0 and 60000.");

        // The pipeline bounds each attempt and the number of attempts; HttpClient's own overall timeout would only cut it short.
        services.AddHttpClient<ISmartflexGateway, HttpSmartflexGateway>(HttpClientName, client =>
            {
                client.BaseAddress = baseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("smartflex", pipeline =>
            {
                if (options.Retries > 0)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.Retries,
                        Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
            });
    }

    /// <summary>Ends with '/', so "orders/{n}" is appended to the whole path instead of replacing its last segment.</summary>
    private static Uri BaseAddress(SmartflexOptions options)
    {
        if (!Uri.TryCreate(options.BaseUrl?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Smartflex:Mode is Http but Smartflex:BaseUrl ('{options.BaseUrl}') is not an absolute http(s) URL.");
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }
}

using WorkflowArchive.Domain.Auditing;

namespace WorkflowArchive.Host.Background;

/// <summary>
/// Links the audit entries saved since its last pass (<see cref="AuditChainLinker"/>), every
/// <see cref="BackgroundOptions.AuditLinkInterval"/>. An in-process loop rather than a Hangfire job: a job's own
/// bookkeeping would cost more statements than a pass that finds nothing (one indexed lookup). Every host with the
/// background server (<see cref="BackgroundOptions.RunServer"/>) runs one;
/// their passes take turns, and whichever comes first links every host's entries.
/// </summary>
public sealed class AuditChainLinking(IServiceScopeFactory scopes, BackgroundOptions options, TimeProvider time, ILogger<AuditChainLinking> logger)
    : InProcessPasses(scopes, logger)
{
    // One delay after another, not a periodic timer: a clock moved on by two years (the tests' fake time, or a clock
    // corrected) then gives one pass, not one per interval missed.
    protected override Task NextAsync(CancellationToken stoppingToken) => Task.Delay(options.AuditLinkInterval, time, stoppingToken);

    protected override Task PassAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        services.GetRequiredService<AuditChainLinker>().LinkPendingAsync(stoppingToken);

    // The entries stay unlinked and committed; the next pass links them.
    protected override string FailedPass => "Linking the audit chain failed; the next pass will link the entries.";
}

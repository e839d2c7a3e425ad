namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Tests that use process-wide state run alone, after the others: a Hangfire server (its storage and log provider are
/// static), real Host processes, or a browser. Every other test class boots its own host with the in-process
/// scheduler and runs in parallel with the rest.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "Host";
}

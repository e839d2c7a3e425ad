namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Tests that boot the host run one at a time: Hangfire keeps process-wide static state (storage, log provider)
/// that one host's shutdown would pull from under another one starting in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection
{
    public const string Name = "Host";
}

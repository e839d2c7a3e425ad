namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Tests that boot the host in this process with a Hangfire server (its storage and log provider are static) or drive a
/// browser: one at a time. They run beside <see cref="ProcessCollection"/>, whose hosts are processes of their own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection
{
    public const string Name = "Host";
}

/// <summary>
/// Tests that run the Host as separate processes (several hosts on one database, crashes, maintenance verbs): one at a
/// time, since each starts a cluster, and beside <see cref="HostCollection"/>. Their time goes mostly to waiting for
/// processes to start and sweeps to come round, which leaves the cores to the browser tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "Processes";
}

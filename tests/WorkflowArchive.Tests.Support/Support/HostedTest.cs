using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>A test class that boots the host over a fresh database of one provider, with advisors and boxes; requests look as <paramref name="viewer"/>.</summary>
public abstract class HostedTest(DatabaseProvider provider, string viewer = "gestora") : IAsyncLifetime
{
    protected LifecycleHost Archive { get; private set; } = null!;
    protected ArchiveApiFactory Factory => Archive.Factory;
    protected ProcedureClient Client => Archive.Client;
    protected DatabaseProvider Provider => provider;

    public async Task InitializeAsync() => Archive = await LifecycleHost.StartAsync(provider: provider, viewer: viewer);

    public async Task DisposeAsync() => await Archive.DisposeAsync();
}

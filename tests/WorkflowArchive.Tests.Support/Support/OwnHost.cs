namespace WorkflowArchive.Tests.Support;

/// <summary>A host booted for one test with its own settings; disposing it stops the host and drops its database.</summary>
public sealed class OwnHost(ArchiveApiFactory factory) : IAsyncDisposable
{
    public ArchiveApiFactory Factory { get; } = factory;

    public async ValueTask DisposeAsync()
    {
        var database = Factory.Database;
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}

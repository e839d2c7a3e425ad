namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// A scope's hold on its pooled context, the one thing that gives it back: the scope disposes this once, while the
/// context itself, disposed under each name the scope took it as, ignores that (<see cref="ArchiveDbContext"/>). On SQLite
/// the connection lent with it goes back to the keeper after it (<paramref name="returnConnection"/>).
/// </summary>
internal sealed class ContextLease(ArchiveDbContext context, Action? returnConnection) : IAsyncDisposable, IDisposable
{
    public ArchiveDbContext Context => context;

    public async ValueTask DisposeAsync()
    {
        await context.GiveBackAsync();
        returnConnection?.Invoke();
    }

    public void Dispose()
    {
        context.GiveBack();
        returnConnection?.Invoke();
    }
}

namespace WorkflowArchive.Host.Persistence;

/// <summary>
/// A scope's hold on its pooled context, the one thing that gives it back: the scope disposes this once, while the
/// context itself, disposed under each name the scope took it as, ignores that (<see cref="ArchiveDbContext"/>).
/// </summary>
internal sealed class ContextLease(ArchiveDbContext context) : IAsyncDisposable, IDisposable
{
    public ArchiveDbContext Context => context;

    public ValueTask DisposeAsync() => context.GiveBackAsync();

    public void Dispose() => context.GiveBack();
}

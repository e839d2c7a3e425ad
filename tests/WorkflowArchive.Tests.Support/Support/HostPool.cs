using System.Collections.Concurrent;
using WorkflowArchive.Host.Persistence;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// Booted hosts with the default test settings, shared by the tests of a run: a test leases one, gets its own fresh copy
/// of the template database under it, and gives it back when done. A host boots once per store and parallel test, not
/// once per test. Tests that need other settings or services make their own <see cref="ArchiveApiFactory"/>.
/// </summary>
public static class HostPool
{
    private static readonly ConcurrentDictionary<DatabaseProvider, ConcurrentBag<ArchiveApiFactory>> Idle = new();

    public static async Task<HostLease> LeaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var idle = Idle.GetOrAdd(provider, _ => []);
        if (idle.TryTake(out var factory)) factory.MoveTo(database);
        else
        {
            factory = new ArchiveApiFactory(database);
            factory.StartServer();
        }
        return new HostLease(factory, () => Return(factory));
    }

    private static async Task Return(ArchiveApiFactory factory)
    {
        await factory.Database.DisposeAsync();
        Idle[factory.Database.Provider].Add(factory);
    }
}

/// <summary>A pooled host for the length of one test; disposing it drops the test's database and frees the host.</summary>
public sealed class HostLease(ArchiveApiFactory factory, Func<Task> giveBack) : IAsyncDisposable
{
    public ArchiveApiFactory Factory { get; } = factory;

    public ValueTask DisposeAsync() => new(giveBack());
}

using System.Collections.Concurrent;

namespace WorkflowArchive.Domain.Catalog;

/// <summary>
/// Requirement sets already read by this process, by id. A published set is never changed (a new version is a new set
/// with a new random id), so a set read once is the same on every host and after any restart: nothing to invalidate.
/// The sets handed out are shared between requests and must only be read.
/// </summary>
public static class PublishedRequirementSets
{
    /// <summary>Far more than a catalog publishes; past it the cache starts again rather than grow without end.</summary>
    private const int Capacity = 256;

    private static readonly ConcurrentDictionary<Guid, RequirementSet> Sets = new();

    public static async Task<RequirementSet> GetAsync(Guid id, Func<Guid, CancellationToken, Task<RequirementSet>> read, CancellationToken cancellationToken)
    {
        if (Sets.TryGetValue(id, out var known)) return known;
        var set = await read(id, cancellationToken);
        if (Sets.Count >= Capacity) Sets.Clear();
        return Sets.GetOrAdd(id, set);
    }
}

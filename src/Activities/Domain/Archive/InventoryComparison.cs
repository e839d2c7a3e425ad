namespace WorkflowArchive.Domain.Archive;

/// <summary>
/// Which of a box's scanned dossiers are out of position. Cover sheets stand in the box in position order, so scanning
/// them front to back gives increasing positions. The dossiers out of position are the fewest that would have to be
/// moved for the rest to be in order: everything outside the longest run of increasing positions (not necessarily
/// adjacent) in scan order. One sheet put back in the wrong place flags that sheet alone, not its neighbours.
/// </summary>
public static class InventoryComparison
{
    /// <summary>Indexes (into <paramref name="positions"/>, in scan order) of the scans out of position.</summary>
    public static IReadOnlySet<int> OutOfPosition(IReadOnlyList<int> positions)
    {
        if (positions.Count == 0) return new HashSet<int>();
        // Longest strictly increasing subsequence (patience sorting), O(n log n); between equally long runs the lower positions stay.
        var tails = new List<int>();
        var previous = new int[positions.Count];
        for (var i = 0; i < positions.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (positions[tails[mid]] < positions[i]) lo = mid + 1; else hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var inOrder = new HashSet<int>();
        for (var i = tails[^1]; i >= 0; i = previous[i]) inOrder.Add(i);
        return Enumerable.Range(0, positions.Count).Where(i => !inOrder.Contains(i)).ToHashSet();
    }
}

using WorkflowArchive.Workflows;

namespace WorkflowArchive.Tests.Engine;

public sealed class RandomIdsTests
{
    [Fact]
    public async Task Ids_are_version_7_grow_with_time_and_never_repeat_across_threads_and_buffer_refills()
    {
        var ids = (await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Enumerable.Range(0, 5_000).Select(_ => RandomIds.Next()).ToList()))))
            .SelectMany(batch => batch).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            var text = id.ToString();
            Assert.Equal('7', text[14]);
            Assert.Contains(text[19], "89ab");
        });
        // One thread's ids: their millisecond prefixes never go down, so new rows go to the end of an index.
        var prefixes = Enumerable.Range(0, 1_000).Select(_ => RandomIds.Next().ToString()[..13]).ToList();
        Assert.Equal(prefixes.Order(StringComparer.Ordinal), prefixes);
    }
}

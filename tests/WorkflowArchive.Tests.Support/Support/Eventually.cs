using System.Diagnostics;

namespace WorkflowArchive.Tests.Support;

/// <summary>
/// The one way tests wait for something another thread or process does: poll a condition until it holds or a deadline
/// passes. The deadline bounds the wait on a slow machine; it is never a claim about speed.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds for the value, and returns the last value read (the test asserts on it).</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (!done(value) && clock.Elapsed < (deadline ?? DefaultDeadline))
        {
            await Task.Delay(Every);
            value = await read();
        }
        return value;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, or fails the test saying what was awaited.</summary>
    public static async Task TrueAsync(Func<bool> condition, Func<string> failure, TimeSpan? deadline = null)
    {
        var held = await ReadAsync(() => Task.FromResult(condition()), held => held, deadline);
        Assert.True(held, failure());
    }
}

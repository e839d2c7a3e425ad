using System.Collections.Concurrent;
using System.Threading.Channels;

namespace WorkflowArchive.Bench.Engine.Peer;

/// <summary>
/// What our user-task table is to our engine: the WorkflowCore steps post here when a person's task opens
/// ("name|key"), when the retention delay is next and when the run ends; the driver reads it before it acts.
/// </summary>
public sealed class PeerInbox
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Channel<string>> _boxes = new();

    public void Post(string workflowId, string what) => Box(workflowId).Writer.TryWrite(what);

    public void Fail(string workflowId, Exception error) => Box(workflowId).Writer.TryComplete(error);

    public async Task ExpectAsync(string workflowId, string what)
    {
        var got = await NextWithinAsync(workflowId, Patience);
        if (got != what) throw new InvalidOperationException($"Workflow {workflowId} reached {got ?? "nothing"}, expected {what}.");
    }

    /// <summary>Waits for the named task to open; answers the key its completion event must carry.</summary>
    public async Task<string> ExpectTaskAsync(string workflowId, string task) =>
        TaskKey(await NextWithinAsync(workflowId, Patience), task)
        ?? throw new InvalidOperationException($"Workflow {workflowId} did not open {task}.");

    public static string? TaskKey(string? posted, string task) =>
        posted is not null && posted.StartsWith(task + "|", StringComparison.Ordinal) ? posted[(task.Length + 1)..] : null;

    /// <summary>The next post, or null when none came within the wait.</summary>
    public async Task<string?> NextWithinAsync(string workflowId, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await Box(workflowId).Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Forget(string workflowId) => _boxes.TryRemove(workflowId, out _);

    private Channel<string> Box(string workflowId) => _boxes.GetOrAdd(workflowId, _ => Channel.CreateUnbounded<string>());
}

using System.Net;
using System.Text;

namespace WorkflowArchive.Tests.Smartflex;

/// <summary>Stands in for the Smartflex server: answers each request with the next scripted reply and remembers what was asked.</summary>
public sealed class FakeSmartflexHandler(params Func<CancellationToken, Task<HttpResponseMessage>>[] replies) : HttpMessageHandler
{
    private int _calls;

    public List<Uri> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add(request.RequestUri!);
        var index = Interlocked.Increment(ref _calls) - 1;
        return replies[Math.Min(index, replies.Length - 1)](cancellationToken);
    }

    public static Func<CancellationToken, Task<HttpResponseMessage>> Reply(HttpStatusCode status, string? json = null) =>
        _ => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        });

    /// <summary>Never answers; only the caller's timeout ends the wait.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async cancellationToken =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };
}

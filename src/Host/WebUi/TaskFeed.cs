using System.Text.Json;
using Microsoft.JSInterop;
using WorkflowArchive.Host.Application;

namespace WorkflowArchive.Host.WebUi;

/// <summary>
/// This circuit's view of the live notifications: the browser's hub connection calls <see cref="Receive"/>; the layout
/// shows the badge and a toast, and the inbox reloads, without the page being reloaded.
/// </summary>
public sealed class TaskFeed(UiWork work)
{
    public int OpenTaskCount { get; private set; }

    /// <summary>News of the person's own requests since they last looked at them (a requester's badge).</summary>
    public int RequestNewsCount { get; private set; }

    /// <summary>Something changed that lists of tasks should reload for.</summary>
    public event Action? Changed;

    /// <summary>A message worth a toast arrived.</summary>
    public event Action<TaskNotice>? Arrived;

    [JSInvokable]
    public async Task Receive(string message, JsonElement payload)
    {
        var notice = TaskNotice.From(message, payload);
        if (notice.IsAboutRequest) RequestNewsCount++;
        await RefreshCountAsync();
        if (notice.Toast) Arrived?.Invoke(notice);
        Changed?.Invoke();
    }

    [JSInvokable]
    public async Task Reconnected()
    {
        await RefreshCountAsync();
        Changed?.Invoke();
    }

    /// <summary>Pages call this after acting themselves (claim, complete), so the badge follows at once.</summary>
    public async Task RefreshAsync()
    {
        await RefreshCountAsync();
        Changed?.Invoke();
    }

    /// <summary>The requests page is on screen: what arrived is seen.</summary>
    public void RequestsSeen()
    {
        if (RequestNewsCount == 0) return;
        RequestNewsCount = 0;
        Changed?.Invoke();
    }

    public async Task RefreshCountAsync() =>
        OpenTaskCount = await work.RunAsync<InboxQuery, int>((inbox, user) => inbox.CountWaitingAsync(user));
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Notifications;

/// <summary>Live task and incident notifications for signed-in staff; each connection joins its user's group (who hears what: <see cref="NotificationAudience"/>).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NotificationHub : Hub<INotificationClient>
{
    public const string Path = "/hubs/notifications";

    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, NotificationGroups.User(Context.User!.Identity!.Name!));
        await base.OnConnectedAsync();
    }
}

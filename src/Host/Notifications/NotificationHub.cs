using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WorkflowArchive.Host.Security;

namespace WorkflowArchive.Host.Notifications;

/// <summary>Live task and incident notifications for signed-in staff; each connection joins the groups of what its user may see.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NotificationHub : Hub<INotificationClient>
{
    public const string Path = "/hubs/notifications";

    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        await Groups.AddToGroupAsync(Context.ConnectionId, NotificationGroups.User(user.Identity!.Name!));
        foreach (var role in user.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(r => r != Roles.Advisor))
            await Groups.AddToGroupAsync(Context.ConnectionId, NotificationGroups.Role(role));
        if (user.IsInRole(Roles.Advisor) && user.AdvisorCodeOf() is { } advisorCode)
            await Groups.AddToGroupAsync(Context.ConnectionId, NotificationGroups.Advisor(advisorCode));
        await base.OnConnectedAsync();
    }
}

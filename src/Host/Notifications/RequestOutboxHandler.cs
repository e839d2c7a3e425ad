using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

/// <summary>
/// Tells a requester, live, what became of their own request: answered (the activity's committed message) or overdue
/// (the engine's overdue message for the request's delivery task, while it is still unanswered). Only the user who made
/// the request hears it, through their own group: a request says who asked for what about which customer.
/// </summary>
public sealed class RequestOutboxHandler(IHubContext<NotificationHub, INotificationClient> hub, ArchiveDbContext db) : IOutboxHandler
{
    public const string Overdue = "Overdue";

    public bool CanHandle(string messageType) => messageType is RequestNotifications.Resolved or OutboxMessageTypes.TaskOverdue;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var notification = message.Type == RequestNotifications.Resolved
            ? JsonSerializer.Deserialize<RequestNotification>(message.PayloadJson, WorkflowJson.Options)
            : await OverdueAsync(JsonSerializer.Deserialize<TaskNotification>(message.PayloadJson, WorkflowJson.Options)!, cancellationToken);
        if (notification is null) return;
        await hub.Clients.Group(NotificationGroups.User(notification.RequestedBy)).RequestUpdated(notification);
    }

    /// <summary>An overdue task is a request's only when it is that request's own instance and the request still waits.</summary>
    private async Task<RequestNotification?> OverdueAsync(TaskNotification task, CancellationToken cancellationToken) =>
        await db.Set<RetrievalRequest>().AsNoTracking()
            .Where(r => r.Number == task.BusinessKey && r.InstanceId == task.InstanceId && r.Status == RetrievalStatus.Registered)
            .Select(r => new RequestNotification(r.Number, r.RequestedBy, Overdue))
            .FirstOrDefaultAsync(cancellationToken);
}

using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

/// <summary>Delivers the engine's committed task and incident messages to the hub, so nothing is announced before it is saved.</summary>
public sealed class SignalROutboxHandler(IHubContext<NotificationHub, INotificationClient> hub, NotificationAudience audience) : IOutboxHandler
{
    private static readonly HashSet<string> Types =
    [
        OutboxMessageTypes.TaskCreated, OutboxMessageTypes.TaskAssigned, OutboxMessageTypes.TaskCompleted,
        OutboxMessageTypes.TaskOverdue, OutboxMessageTypes.InstanceIncident,
    ];

    public bool CanHandle(string messageType) => Types.Contains(messageType);

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Type == OutboxMessageTypes.InstanceIncident)
        {
            var incident = JsonSerializer.Deserialize<IncidentNotification>(message.PayloadJson, WorkflowJson.Options)!;
            await hub.Clients.Groups(await audience.ForIncidentAsync(cancellationToken)).InstanceIncident(incident);
            return;
        }
        var task = JsonSerializer.Deserialize<TaskNotification>(message.PayloadJson, WorkflowJson.Options)!;
        var clients = hub.Clients.Groups(await audience.ForTaskAsync(task, cancellationToken));
        await (message.Type switch
        {
            OutboxMessageTypes.TaskCreated => clients.TaskCreated(task),
            OutboxMessageTypes.TaskAssigned => clients.TaskAssigned(task),
            OutboxMessageTypes.TaskCompleted => clients.TaskCompleted(task),
            _ => clients.TaskOverdue(task),
        });
    }
}

using WorkflowArchive.Domain.Requests;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Notifications;

/// <summary>
/// The messages /hubs/notifications pushes, one method each. Other programs subscribe with the standard SignalR
/// client (`connection.On&lt;TaskNotification&gt;("TaskCreated", ...)`); the payloads are documented in the README.
/// </summary>
public interface INotificationClient
{
    Task TaskCreated(TaskNotification task);
    Task TaskAssigned(TaskNotification task);
    Task TaskCompleted(TaskNotification task);
    Task TaskOverdue(TaskNotification task);
    Task InstanceIncident(IncidentNotification incident);

    /// <summary>To the requester who made it, and to nobody else: their request was delivered, not found, or is overdue.</summary>
    Task RequestUpdated(RequestNotification request);
}

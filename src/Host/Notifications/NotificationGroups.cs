namespace WorkflowArchive.Host.Notifications;

/// <summary>
/// SignalR groups: one per user. Audiences are resolved to users (<see cref="NotificationAudience"/>) rather than sent to
/// several overlapping groups, because SignalR sends once per group: a connection in two targeted groups would hear twice.
/// </summary>
public static class NotificationGroups
{
    public static string User(string userName) => $"user:{userName}";
}

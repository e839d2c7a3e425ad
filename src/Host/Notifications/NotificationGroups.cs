namespace WorkflowArchive.Host.Notifications;

/// <summary>SignalR groups: one per user, one per role, one per advisor code (an advisor hears only of their own dossiers).</summary>
public static class NotificationGroups
{
    public static string User(string userName) => $"user:{userName}";
    public static string Role(string role) => $"role:{role}";
    public static string Advisor(string advisorCode) => $"advisor:{advisorCode}";
}

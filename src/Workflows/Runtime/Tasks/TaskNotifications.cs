namespace WorkflowArchive.Workflows.Runtime;

internal static class TaskNotifications
{
    public static TaskNotification From(UserTask task) =>
        new(task.Id, task.InstanceId, task.BusinessKey, task.ElementId, task.Name, task.CandidateRole, task.Assignee, task.DueAt);
}

namespace WorkflowArchive.Workflows.ServiceTasks;

/// <summary>
/// Work a service task does. It runs inside the move's database transaction: read and change entities through
/// <see cref="ActivityContext.Db"/> but never call SaveChanges (the engine commits once, or rolls the activity's
/// changes back and raises an incident if it throws). Side effects for the outside world go to the outbox.
/// </summary>
public interface IWorkflowActivity
{
    ActivityDescriptor Descriptor { get; }

    Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}

/// <summary>What the designer and the validator know about an activity type.</summary>
public sealed record ActivityDescriptor(string Type, string DisplayName, string Description, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

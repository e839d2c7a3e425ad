using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.ServiceTasks;

/// <summary>The activity types this host can run, by type name.</summary>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, IWorkflowActivity> _byType;

    public ActivityCatalog(IEnumerable<IWorkflowActivity> activities)
    {
        _byType = new Dictionary<string, IWorkflowActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
            if (!_byType.TryAdd(activity.Descriptor.Type, activity))
                throw new InvalidOperationException($"Two activities are registered as '{activity.Descriptor.Type}'.");
    }

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _byType.Values.Select(a => a.Descriptor).OrderBy(d => d.Type).ToList();

    public bool Contains(string type) => _byType.ContainsKey(type);

    public IWorkflowActivity Get(string type) => _byType.TryGetValue(type, out var activity)
        ? activity
        : throw new ActivityFailedException(EngineTexts.ActivityNotRegistered.With(type));
}

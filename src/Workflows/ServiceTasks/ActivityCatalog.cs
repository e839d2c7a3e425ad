using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.ServiceTasks;

/// <summary>
/// The activity types this host can run, by type name. In a scope it makes an activity when it is first asked for (with
/// the scope's services), so a move builds only what it runs.
/// </summary>
public sealed class ActivityCatalog
{
    private readonly IReadOnlyDictionary<string, KnownActivity> _byType;
    private readonly IServiceProvider? _scope;
    private readonly Dictionary<string, IWorkflowActivity> _made = new(StringComparer.Ordinal);

    /// <summary>The host's activities, made in <paramref name="scope"/> as they are asked for.</summary>
    public ActivityCatalog(ActivityTypes types, IServiceProvider scope)
    {
        _byType = types.From(scope);
        _scope = scope;
    }

    /// <summary>Exactly these activities, already made (tools and tests).</summary>
    public ActivityCatalog(IEnumerable<IWorkflowActivity> activities)
    {
        var given = activities.ToList();
        _byType = ActivityTypes.Learn(given);
        foreach (var activity in given) _made[activity.Descriptor.Type] = activity;
    }

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _byType.Values.Select(a => a.Descriptor).OrderBy(d => d.Type).ToList();

    public bool Contains(string type) => _byType.ContainsKey(type);

    public IWorkflowActivity Get(string type)
    {
        if (_made.TryGetValue(type, out var made)) return made;
        if (_scope is null || !_byType.TryGetValue(type, out var known))
            throw new ActivityFailedException(EngineTexts.ActivityNotRegistered.With(type));
        return _made[type] = (IWorkflowActivity)known.Make(_scope, null);
    }
}

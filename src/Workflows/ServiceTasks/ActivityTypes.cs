using Microsoft.Extensions.DependencyInjection;

namespace WorkflowArchive.Workflows.ServiceTasks;

/// <summary>
/// The activities registered with the host, learnt once per process: each one's descriptor and how to make it. A move
/// then makes only the activities it runs, rather than every registered one with all its services.
/// </summary>
public sealed class ActivityTypes
{
    private readonly Lock _learning = new();
    private IReadOnlyDictionary<string, KnownActivity>? _byType;

    /// <summary>The registered activities, learnt from <paramref name="scope"/> the first time (making each one there once).</summary>
    public IReadOnlyDictionary<string, KnownActivity> From(IServiceProvider scope)
    {
        if (_byType is { } known) return known;
        lock (_learning) return _byType ??= Learn(scope.GetServices<IWorkflowActivity>());
    }

    /// <summary>Descriptors and factories of these activities; two that claim one type are refused.</summary>
    public static IReadOnlyDictionary<string, KnownActivity> Learn(IEnumerable<IWorkflowActivity> activities)
    {
        var byType = new Dictionary<string, KnownActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
            if (!byType.TryAdd(activity.Descriptor.Type, new KnownActivity(activity.Descriptor, ActivatorUtilities.CreateFactory(activity.GetType(), Type.EmptyTypes))))
                throw new InvalidOperationException($"Two activities are registered as '{activity.Descriptor.Type}'.");
        return byType;
    }
}

/// <summary>A registered activity: what it says of itself, and how to make one in a scope.</summary>
public sealed record KnownActivity(ActivityDescriptor Descriptor, ObjectFactory Make);

using WorkflowArchive.Host.Components.Tasks;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Host.Components.Designer;

public sealed record RoleOption(string Key, string Name);

public sealed record FormOption(string Key, string Name);

/// <summary>What the properties panel offers in its lists: this host's activities (with inputs and outputs), the roles, the task forms.</summary>
public sealed record DesignerConfig(IReadOnlyCollection<ActivityDescriptor> Activities, IReadOnlyList<RoleOption> Roles, IReadOnlyList<FormOption> Forms)
{
    public static DesignerConfig From(ActivityCatalog catalog) => new(
        catalog.Descriptors,
        Security.Roles.DisplayNames.Select(r => new RoleOption(r.Key, r.Value)).ToList(),
        TaskForms.Keys.Select(k => new FormOption(k, TaskForms.Names.GetValueOrDefault(k, k))).ToList());
}

/// <summary>The element chosen in the modeler, as bpmn-js names its type (bpmn:UserTask).</summary>
public sealed record SelectedElement(string Id, string Type, string? Name)
{
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}


using System.Text.Json.Nodes;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>The task contracts this host knows, by form key.</summary>
public sealed class TaskContracts
{
    private readonly Dictionary<string, ITaskContract> _byKey = new(StringComparer.Ordinal);

    public TaskContracts(IEnumerable<ITaskContract> contracts)
    {
        foreach (var contract in contracts)
            if (!_byKey.TryAdd(contract.Form.Key, contract))
                throw new InvalidOperationException($"Two task contracts are registered for the form '{contract.Form.Key}'.");
    }

    public IReadOnlyList<FormContract> Forms => _byKey.Values.Select(c => c.Form).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    public ITaskContract? For(string? formKey) => formKey is not null && _byKey.TryGetValue(formKey, out var contract) ? contract : null;

    /// <summary>Refuses (422) an output that breaks the contract of the task's form. A task with no (known) form takes any output.</summary>
    public async Task EnsureValidAsync(UserTask task, WorkflowInstance instance, JsonObject output, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (For(task.FormKey) is not { } contract) return;
        var errors = await contract.CheckAsync(new TaskOutput(output, instance.Variables, instance.BusinessKey, task.ElementId, now), cancellationToken);
        errors.ThrowIfAny();
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using WorkflowArchive.Host.Api;

namespace WorkflowArchive.Host.Components.Tasks;

/// <summary>What every task form receives from the task page: the task, whether this person may act, and where to send the output.</summary>
public abstract class TaskFormBase : ComponentBase
{
    [Parameter, EditorRequired] public TaskView Task { get; set; } = default!;

    /// <summary>False while the task is claimed by someone else: the form is shown read-only.</summary>
    [Parameter] public bool CanAct { get; set; }

    /// <summary>Completes the task with the form's output variables.</summary>
    [Parameter] public EventCallback<JsonObject> OnComplete { get; set; }

    protected bool Busy { get; private set; }

    protected async Task SubmitAsync(JsonObject output)
    {
        Busy = true;
        try { await OnComplete.InvokeAsync(output); }
        finally { Busy = false; }
    }
}

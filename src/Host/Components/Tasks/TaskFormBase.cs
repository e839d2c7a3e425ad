using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using WorkflowArchive.Activities.Archive;
using WorkflowArchive.Host.Api;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Contracts;

namespace WorkflowArchive.Host.Components.Tasks;

/// <summary>
/// What every task form receives from the task page (the task, whether this person may act, where to send the output,
/// what the server last refused) and how it checks itself: the same contract the engine enforces, run as the person types.
/// </summary>
public abstract class TaskFormBase : ComponentBase
{
    [Parameter, EditorRequired] public TaskView Task { get; set; } = default!;

    /// <summary>False while the task is claimed by someone else: the form is shown read-only.</summary>
    [Parameter] public bool CanAct { get; set; }

    /// <summary>Completes the task with the form's output variables.</summary>
    [Parameter] public EventCallback<JsonObject> OnComplete { get; set; }

    /// <summary>What the server refused at the last submission (rules that need the records), shown beside each field.</summary>
    [Parameter] public Rejection? Rejection { get; set; }

    [Inject] private BusinessCalendar Calendar { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    protected bool Busy { get; private set; }

    /// <summary>The contract of the form's key; none for the generic form (a task without a form of its own takes any output).</summary>
    protected virtual FormContract? Contract => null;

    /// <summary>The output as it would be sent now.</summary>
    protected abstract JsonObject Output();

    /// <summary>What the contract's data rules find wrong with the output as it stands; while any remains the form is not sent.</summary>
    protected IReadOnlyList<FieldError> Problems => Contract?.Check(Output(), Calendar.Today(Time.GetUtcNow())) ?? [];

    protected bool Blocked => Problems.Count > 0;

    /// <summary>Why the submit button is disabled, said beside it.</summary>
    protected virtual string? BlockReason => Problems.FirstOrDefault() is { } first ? Describe(first) : null;

    /// <summary>The messages for a field (and, for a list item, its own fields): the server's for this very output, and the form's own but "required", which the block reason says.</summary>
    protected string? MessageAt(string field)
    {
        var server = Rejection is { } rejected && rejected.Output == Output().ToJsonString() ? rejected.Fields : [];
        return FieldMessages.At(Problems.WithoutRequired().Concat(server), field);
    }

    protected Task SubmitAsync() => SubmitAsync(Output());

    protected async Task SubmitAsync(JsonObject output)
    {
        Busy = true;
        try { await OnComplete.InvokeAsync(output); }
        finally { Busy = false; }
    }

    private string Describe(FieldError error) =>
        Contract?.Fields.FirstOrDefault(f => f.Name == error.Field) is { } field ? $"{field.Label}: {error.Text}" : error.Text.ToString();
}

/// <summary>An output the server refused (422), with its messages per field; they apply while the form still holds that output.</summary>
public sealed record Rejection(string Output, IReadOnlyList<FieldError> Fields);

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.WebUi;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows;

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
    [Inject] private TaskDrafts Drafts { get; set; } = default!;
    [Inject] private UiFeedback Feedback { get; set; } = default!;

    private bool _draftLooked;
    private string? _draftKept;

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

    /// <summary>What the person has marked and typed, to keep across a dropped connection or a restart; null: nothing to keep.</summary>
    protected virtual JsonObject? Draft() => null;

    /// <summary>Puts a kept draft back; false when it no longer fits what the form shows (then it is not mentioned).</summary>
    protected virtual bool Restore(JsonObject draft) => false;

    /// <summary>Whether the form has read what it shows (a draft is restored into a loaded form only).</summary>
    protected virtual bool Loaded => true;

    /// <summary>
    /// After each render: the first time, bring back a kept draft (and say so); afterwards keep what changed. Rendering
    /// follows every change a person makes, so the browser always holds their latest marks.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!CanAct || !Loaded || Draft() is not { } current) return;
        if (!_draftLooked)
        {
            _draftLooked = true;
            if (await Drafts.ReadAsync(Task.Id) is { } kept && Restore(kept.Draft))
            {
                Feedback.Tell($"Se recuperó lo que había marcado y escrito en este formulario (guardado el {Calendar.Local(kept.SavedAt).ToString(ArchiveCulture.MomentFormat, ArchiveCulture.Spanish)}).", MudBlazor.Severity.Info);
                _draftKept = Draft()!.ToJsonString();
                StateHasChanged();
                return;
            }
            _draftKept = current.ToJsonString();
            return;
        }
        var now = current.ToJsonString();
        if (now == _draftKept) return;
        _draftKept = now;
        await Drafts.SaveAsync(Task.Id, current, Time.GetUtcNow());
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

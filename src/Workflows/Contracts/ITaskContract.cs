using System.Text.Json.Nodes;

namespace WorkflowArchive.Workflows.Contracts;

/// <summary>
/// The contract of one <c>wa:formKey</c>: what a user task of that form must be completed with. The engine asks it
/// before a completion changes anything; when it answers with errors the completion is refused (422) and nothing moves.
/// </summary>
public interface ITaskContract
{
    FormContract Form { get; }

    /// <summary>
    /// Every rule: the form's own on the data, then those that read the records or the instance. It only reads: it must
    /// not change the instance's variables nor write anything.
    /// </summary>
    Task<IReadOnlyList<FieldError>> CheckAsync(TaskOutput output, CancellationToken cancellationToken);
}

/// <summary>What a task is being completed with, and where: the instance's variables as they are before the move.</summary>
public sealed record TaskOutput(JsonObject Data, JsonObject Variables, string BusinessKey, string ElementId, DateTimeOffset Now);

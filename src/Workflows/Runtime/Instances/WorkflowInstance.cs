using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowArchive.Workflows.Runtime;

public enum InstanceStatus { Active, Incident, Completed }

/// <summary>
/// A running (or finished) process. Variables and tokens are stored as JSON in this one row, whose
/// <see cref="Revision"/> is the optimistic-concurrency token: two moves that start from the same state
/// cannot both commit.
/// </summary>
public sealed class WorkflowInstance : Persistence.INewRowsWaitForBatch
{
    private JsonObject? _variables;
    private List<Token>? _tokens;

    public Guid Id { get; set; } = RandomIds.Next();
    public Guid DefinitionId { get; set; }
    public required string DefinitionKey { get; set; }
    public int DefinitionVersion { get; set; }
    public required string BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public string? StartedBy { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? IncidentElementId { get; set; }
    public string? IncidentMessage { get; set; }
    public DateTimeOffset? IncidentAt { get; set; }
    public Guid Revision { get; set; } = RandomIds.Next();

    public string VariablesJson { get; set; } = "{}";
    public string TokensJson { get; set; } = "[]";

    public JsonObject Variables => _variables ??= JsonNode.Parse(VariablesJson)?.AsObject() ?? [];
    public List<Token> Tokens => _tokens ??= JsonSerializer.Deserialize<List<Token>>(TokensJson, WorkflowJson.Options) ?? [];

    /// <summary>Writes the in-memory state back to the mapped columns and takes a new revision.</summary>
    internal void CaptureState()
    {
        if (_variables is not null) VariablesJson = _variables.ToJsonString(WorkflowJson.Options);
        if (_tokens is not null) TokensJson = JsonSerializer.Serialize(_tokens, WorkflowJson.Options);
        Revision = RandomIds.Next();
    }
}

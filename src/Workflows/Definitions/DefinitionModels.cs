using System.Collections.Concurrent;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Definitions;

/// <summary>Parsed published definitions, by id. Published XML never changes, so a parse is kept for the life of the process.</summary>
public sealed class DefinitionModels
{
    private readonly ConcurrentDictionary<Guid, ProcessModel> _models = new();

    /// <summary>The parsed model when this process has parsed the definition already: a move then need not read its XML.</summary>
    public bool TryGet(Guid definitionId, out ProcessModel model) => _models.TryGetValue(definitionId, out model!);

    public ProcessModel Get(WorkflowDefinition definition) => _models.GetOrAdd(definition.Id, _ =>
    {
        var parsed = BpmnParser.Parse(definition.Xml);
        return parsed.Model ?? throw new WorkflowValidationException(
            EngineTexts.VersionUnreadable.With(definition.Key, definition.Version), parsed.Diagnostics);
    });
}

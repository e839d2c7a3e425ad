using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Bpmn.Import;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Definitions;

public sealed record ImportResult(WorkflowDefinition Draft, DefinitionCheck Check, IReadOnlyList<ExtensionMapping> Mappings);

/// <summary>
/// Brings a .bpmn file from another modeler in as a draft. A file that uses BPMN this engine does not run is refused
/// whole, naming each such element; anything else is stored as the draft, problems and all, to be fixed in the designer.
/// </summary>
public sealed class DefinitionImporter(DefinitionService definitions)
{
    /// <param name="key">The definition the draft belongs to; null keeps the process id the file has.</param>
    public async Task<ImportResult> ImportAsync(string xml, string? key, string user, CancellationToken cancellationToken = default)
    {
        var document = BpmnXmlReader.Load(xml);
        var mappings = ForeignExtensions.MapInto(document);
        var parsed = BpmnParser.Parse(document);
        var unsupported = parsed.Diagnostics.Where(d => d.NotSupported).ToList();
        if (unsupported.Count > 0)
            throw new WorkflowValidationException(
                EngineTexts.ImportUnsupported.With(unsupported.Count, unsupported.Select(d => d.Located).ToList()), unsupported);
        if (parsed.Model is null)
            throw new WorkflowValidationException(EngineTexts.DefinitionUnreadable.With(), parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());

        if (!string.IsNullOrWhiteSpace(key) && key.Trim() != parsed.Model.Id)
            ProcessRename.Apply(document, parsed.Model.Id, key.Trim());
        var (draft, check) = await definitions.SaveDraftAsync(document, user, cancellationToken);
        return new ImportResult(draft, check, mappings);
    }
}

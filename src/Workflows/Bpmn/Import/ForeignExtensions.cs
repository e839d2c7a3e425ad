using System.Xml.Linq;

namespace WorkflowArchive.Workflows.Bpmn.Import;

/// <summary>One vendor attribute read into ours when a file was imported.</summary>
public sealed record ExtensionMapping(string ElementId, string From, string To, string Value);

/// <summary>
/// Reads the settings Camunda Modeler writes (Camunda 7 <c>camunda:</c> attributes, Camunda 8 <c>zeebe:</c> extension
/// elements) into our <c>wa:</c> attributes, so an imported model keeps who does a task, its form, its due date and the
/// work a service task runs. Our own attribute wins when both are present; the vendor's stay in the file untouched.
/// Other vendors' content (Bizagi's extensionElements, colours) is left as it is and ignored by the parser.
/// </summary>
public static class ForeignExtensions
{
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;
    private static readonly XNamespace Wa = BpmnNamespaces.WorkflowArchive;

    public static IReadOnlyList<ExtensionMapping> MapInto(XDocument document)
    {
        var mappings = new List<ExtensionMapping>();
        foreach (var task in document.Descendants(Bpmn + "userTask"))
        {
            Map(task, "candidateRole", mappings,
                (Camunda + "candidateGroups", FirstGroup((string?)task.Attribute(Camunda + "candidateGroups"))),
                (Zeebe + "assignmentDefinition", FirstGroup(ZeebeAttribute(task, "assignmentDefinition", "candidateGroups"))));
            Map(task, "formKey", mappings,
                (Camunda + "formKey", (string?)task.Attribute(Camunda + "formKey")),
                (Zeebe + "formDefinition", ZeebeAttribute(task, "formDefinition", "formKey")));
            Map(task, "dueDate", mappings,
                (Camunda + "dueDate", (string?)task.Attribute(Camunda + "dueDate")),
                (Zeebe + "taskSchedule", ZeebeAttribute(task, "taskSchedule", "dueDate")));
        }
        foreach (var task in document.Descendants(Bpmn + "serviceTask"))
        {
            Map(task, "activity", mappings,
                (Camunda + "topic", (string?)task.Attribute(Camunda + "topic")),
                (Zeebe + "taskDefinition", ZeebeAttribute(task, "taskDefinition", "type")));
        }
        if (mappings.Count > 0 && document.Root!.GetPrefixOfNamespace(Wa) is null)
            document.Root.SetAttributeValue(XNamespace.Xmlns + BpmnNamespaces.ExtensionPrefix, Wa.NamespaceName);
        return mappings;
    }

    private static void Map(XElement element, string ours, List<ExtensionMapping> mappings, params (XName From, string? Value)[] sources)
    {
        if (!string.IsNullOrWhiteSpace((string?)element.Attribute(Wa + ours))) return;
        foreach (var (from, value) in sources)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            element.SetAttributeValue(Wa + ours, value.Trim());
            mappings.Add(new ExtensionMapping((string?)element.Attribute("id") ?? "", $"{Prefix(from.Namespace)}:{from.LocalName}", $"wa:{ours}", value.Trim()));
            return;
        }
    }

    /// <summary>Our tasks have one candidate role; of a list of groups the first is taken.</summary>
    private static string? FirstGroup(string? groups) =>
        groups?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string? ZeebeAttribute(XElement element, string extension, string attribute) =>
        (string?)element.Element(Bpmn + "extensionElements")?.Element(Zeebe + extension)?.Attribute(attribute);

    private static string Prefix(XNamespace ns) => ns == Camunda ? "camunda" : ns == Zeebe ? "zeebe" : ns.NamespaceName;
}

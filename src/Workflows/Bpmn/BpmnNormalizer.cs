using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>
/// Writes the stored form of a definition: the file as given, with incoming/outgoing listed on every node as bpmn-js
/// writes them, so other modelers reading our files agree on the graph. Diagram and extensions are left untouched.
/// </summary>
public static class BpmnNormalizer
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    /// <summary>Children a flow node may carry before its incoming/outgoing list, in schema order.</summary>
    private static readonly HashSet<string> Leading = ["documentation", "extensionElements", "auditing", "monitoring", "categoryValueRef"];

    public static string Normalize(XDocument document, ProcessModel model)
    {
        var copy = new XDocument(document);
        var process = copy.Root!.Elements(Bpmn + "process").First(p => (string?)p.Attribute("id") == model.Id);
        foreach (var element in process.Elements())
        {
            var id = (string?)element.Attribute("id");
            if (id is null || !model.Nodes.TryGetValue(id, out var node)) continue;

            element.Elements().Where(e => e.Name == Bpmn + "incoming" || e.Name == Bpmn + "outgoing").Remove();
            var references = node.Incoming.Select(f => new XElement(Bpmn + "incoming", f.Id))
                .Concat(node.Outgoing.Select(f => new XElement(Bpmn + "outgoing", f.Id)))
                .ToList();
            var anchor = element.Elements().LastOrDefault(e => e.Name.Namespace == Bpmn && Leading.Contains(e.Name.LocalName));
            if (anchor is null) element.AddFirst(references);
            else anchor.AddAfterSelf(references);
        }
        return Write(copy);
    }

    private static string Write(XDocument document)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(writer, settings))
            document.Save(xml);
        return builder.ToString();
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}

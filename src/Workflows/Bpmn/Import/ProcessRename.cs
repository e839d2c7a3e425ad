using System.Xml;
using System.Xml.Linq;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Bpmn.Import;

/// <summary>
/// Gives an imported process the key of the definition it is meant to replace (a modeler names it Process_1xyz):
/// the process id, the pool that shows it and the diagram plane that draws it all follow.
/// </summary>
public static class ProcessRename
{
    public static void Apply(XDocument document, string currentId, string key)
    {
        try
        {
            XmlConvert.VerifyNCName(key);
        }
        catch (XmlException)
        {
            throw new WorkflowValidationException(EngineTexts.ProcessKeyInvalid.With(key));
        }
        var ids = document.Descendants().Attributes("id").Where(a => a.Value == key).ToList();
        if (ids.Count > 0 && ids.Any(a => a.Parent!.Name != BpmnNamespaces.Model + "process"))
            throw new WorkflowValidationException(EngineTexts.ProcessKeyTaken.With(key));

        foreach (var attribute in document.Descendants().Attributes().Where(a => a.Value == currentId && IsProcessReference(a)))
            attribute.Value = key;
    }

    private static bool IsProcessReference(XAttribute attribute) => attribute.Name.LocalName switch
    {
        "id" => attribute.Parent!.Name == BpmnNamespaces.Model + "process",
        "processRef" or "bpmnElement" => attribute.Name.Namespace == XNamespace.None,
        _ => false,
    };
}

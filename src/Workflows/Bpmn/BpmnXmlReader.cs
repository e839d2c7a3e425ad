using System.Xml;
using System.Xml.Linq;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>Loads BPMN text with every XML attack closed: no DTDs, no entities, no external resolution, bounded size.</summary>
public static class BpmnXmlReader
{
    /// <summary>Real process files are tens of kilobytes; four megabytes leaves room for huge diagrams.</summary>
    public const long MaxCharacters = 4 * 1024 * 1024;

    public static XDocument Load(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            throw new WorkflowValidationException("The file is empty: a BPMN 2.0 XML document is expected.");
        if (xml.Length > MaxCharacters)
            throw new WorkflowValidationException($"The file is too large ({xml.Length:N0} characters; at most {MaxCharacters:N0}).");

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkflowValidationException("The file declares a DTD (<!DOCTYPE ...>). DTDs and entities are refused for safety; BPMN files never need them.");
        }
        catch (XmlException ex)
        {
            throw new WorkflowValidationException($"The file is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}");
        }
    }
}

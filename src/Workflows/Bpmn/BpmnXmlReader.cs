using System.Xml;
using System.Xml.Linq;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>Loads BPMN text with every XML attack closed: no DTDs, no entities, no external resolution, bounded size.</summary>
public static class BpmnXmlReader
{
    /// <summary>Real process files are tens of kilobytes; four megabytes leaves room for huge diagrams.</summary>
    public const long MaxCharacters = 4 * 1024 * 1024;

    /// <summary>
    /// Real diagrams nest a dozen levels (subprocesses, extension elements); a file nested thousands deep is an attack
    /// that makes the model's walks quadratic, so it is refused while reading, before anything is built.
    /// </summary>
    public const int MaxDepth = 256;

    public static XDocument Load(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
            throw new WorkflowValidationException(EngineTexts.BpmnFileEmpty.With());
        if (xml.Length > MaxCharacters)
            throw new WorkflowValidationException(EngineTexts.BpmnFileTooLarge.With(xml.Length, MaxCharacters));

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
            RefuseDeepNesting(xml, settings);
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkflowValidationException(EngineTexts.BpmnDtdRefused.With());
        }
        catch (XmlException ex)
        {
            // The parser's own words are English and technical; where the file breaks is what a person can act on.
            throw new WorkflowValidationException(EngineTexts.BpmnNotWellFormed.With(ex.LineNumber, ex.LinePosition));
        }
    }

    // One streaming pass (linear, no tree) that stops at the first element too deep.
    private static void RefuseDeepNesting(string xml, XmlReaderSettings settings)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
                throw new WorkflowValidationException(EngineTexts.BpmnTooDeep.With(MaxDepth, ((IXmlLineInfo)reader).LineNumber));
        }
    }
}

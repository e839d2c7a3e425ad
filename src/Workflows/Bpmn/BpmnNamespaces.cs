using System.Xml.Linq;

namespace WorkflowArchive.Workflows.Bpmn;

/// <summary>Namespaces matched by URI, never by prefix: modelers disagree on prefixes (bpmn:, bpmn2:, semantic:, none).</summary>
public static class BpmnNamespaces
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Our own extension attributes (prefix <c>wa</c>).</summary>
    public static readonly XNamespace WorkflowArchive = "http://workflowarchive.dev/schema/bpmn/1.0";

    public const string ExtensionPrefix = "wa";
}

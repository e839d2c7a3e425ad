using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Host.Api;

/// <summary>Reads a BPMN document sent as the raw request body, refusing oversize bodies before reading them whole.</summary>
internal static class BpmnBody
{
    public static async Task<string> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > BpmnXmlReader.MaxCharacters * 4)
            throw new WorkflowValidationException($"The file is too large ({request.ContentLength:N0} bytes).");
        using var reader = new StreamReader(request.Body);
        var buffer = new char[BpmnXmlReader.MaxCharacters + 1];
        var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
        if (read > BpmnXmlReader.MaxCharacters)
            throw new WorkflowValidationException($"The file is too large (more than {BpmnXmlReader.MaxCharacters:N0} characters).");
        return new string(buffer, 0, read);
    }
}

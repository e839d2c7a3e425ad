using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Host.Api;

/// <summary>Reads a BPMN document sent as the raw request body, refusing oversize bodies before reading them whole.</summary>
internal static class BpmnBody
{
    public static async Task<string> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > BpmnXmlReader.MaxCharacters * 4)
            throw new WorkflowValidationException(HostTexts.BpmnUploadTooLarge.With(request.ContentLength));
        return await ReadBoundedAsync(request.Body, request.HttpContext.RequestAborted);
    }

    /// <summary>A file chosen in a form (multipart, field <c>file</c>) or the raw body.</summary>
    public static async Task<string> ReadFileOrBodyAsync(HttpRequest request)
    {
        if (!request.HasFormContentType) return await ReadAsync(request);
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
            ?? throw new WorkflowValidationException(HostTexts.BpmnFormWithoutFile.With());
        if (file.Length > BpmnXmlReader.MaxCharacters * 4)
            throw new WorkflowValidationException(HostTexts.BpmnUploadTooLarge.With(file.Length));
        await using var stream = file.OpenReadStream();
        return await ReadBoundedAsync(stream, request.HttpContext.RequestAborted);
    }

    public static async Task<string> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body);
        var buffer = new char[BpmnXmlReader.MaxCharacters + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > BpmnXmlReader.MaxCharacters)
            throw new WorkflowValidationException(HostTexts.BpmnUploadTooLong.With(BpmnXmlReader.MaxCharacters));
        return new string(buffer, 0, read);
    }
}

using System.Text;
using Microsoft.AspNetCore.Http.Features;
using WorkflowArchive.Host.Application;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Host.Api;

/// <summary>
/// Reads a Smartflex export sent as the raw body (text/csv), as the file of a multipart form or uploaded by the
/// Smartflex page, refusing oversize files before reading them whole.
/// </summary>
internal static class SmartflexCsvBody
{
    public const int MaxBytes = 5 * 1024 * 1024;

    // Room for the multipart boundaries and part headers around the file itself.
    private const int FormOverhead = 64 * 1024;

    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = MaxBytes + (request.HasFormContentType ? FormOverhead : 0);
        if (request.ContentLength > limit) throw TooLarge();
        var bytes = request.HasFormContentType ? await FromFormAsync(request, cancellationToken) : await ReadLimitedAsync(request.Body, cancellationToken);
        if (bytes.Length == 0)
            throw new WorkflowValidationException(HostTexts.SmartflexBodyEmpty.With());
        return Decode(bytes);
    }

    /// <summary>A file a page uploaded: the same size limit and the same decoding as the API's body (an empty file is the reader's to refuse).</summary>
    public static async Task<string> ReadFileAsync(Stream file, CancellationToken cancellationToken) =>
        Decode(await ReadLimitedAsync(file, cancellationToken));

    private static async Task<byte[]> FromFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes + FormOverhead }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new WorkflowValidationException(HostTexts.FormUnreadable.With());
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault()
            ?? throw new WorkflowValidationException(HostTexts.SmartflexFormWithoutFile.With());
        if (file.Length > MaxBytes) throw TooLarge();
        await using var stream = file.OpenReadStream();
        return await ReadLimitedAsync(stream, cancellationToken);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) throw TooLarge();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Excel's "CSV UTF-8" is UTF-8 (with a BOM); its plain "CSV" in Spanish locales is Windows-1252, so bytes that
    /// are not valid UTF-8 are read as that.
    /// </summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.Encoding.GetString(bytes);
        }
    }

    private static WorkflowValidationException TooLarge() =>
        new(HostTexts.SmartflexFileTooLarge.With(MaxBytes / (1024 * 1024)));
}

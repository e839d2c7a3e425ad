using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Workflows.Definitions;

public sealed record DefinitionCheck(string? Key, string? Name, IReadOnlyList<BpmnDiagnostic> Diagnostics)
{
    public bool IsValid => Key is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
    public IReadOnlyList<BpmnDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
}

/// <summary>Drafts, validation and publishing of versioned definitions.</summary>
public sealed class DefinitionService(DbContext db, TimeProvider time, BpmnValidator validator)
{
    public DefinitionCheck Validate(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        return new DefinitionCheck(parsed.Model?.Id, parsed.Model?.Name, validator.Validate(parsed));
    }

    /// <summary>Stores (or replaces) the draft of the file's process. A draft may still have errors; it must parse.</summary>
    public Task<(WorkflowDefinition Draft, DefinitionCheck Check)> SaveDraftAsync(string xml, string user, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(BpmnXmlReader.Load(xml), user, cancellationToken);

    public async Task<(WorkflowDefinition Draft, DefinitionCheck Check)> SaveDraftAsync(XDocument document, string user, CancellationToken cancellationToken = default)
    {
        var (stored, check) = Prepare(document);
        var draft = await db.Set<WorkflowDefinition>().FirstOrDefaultAsync(d => d.Key == check.Key && d.Status == DefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            draft = new WorkflowDefinition { Key = check.Key!, Version = 0, Status = DefinitionStatus.Draft, Xml = stored, ContentHash = Hash(stored), CreatedBy = user };
            db.Set<WorkflowDefinition>().Add(draft);
        }
        draft.Name = check.Name;
        draft.Xml = stored;
        draft.ContentHash = Hash(stored);
        draft.CreatedAt = time.GetUtcNow();
        draft.CreatedBy = user;
        await db.SaveChangesAsync(cancellationToken);
        return (draft, check);
    }

    /// <summary>
    /// Publishes the key's draft as the next version, if it passes validation; the draft is consumed. A comment is
    /// required: the version history is where the next owner learns why the procedure changed.
    /// </summary>
    public async Task<WorkflowDefinition> PublishDraftAsync(string key, string? comment, string user, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(comment)) throw new WorkflowValidationException(EngineTexts.PublishCommentRequired.With());
        comment = comment.Trim();
        var draft = await db.Set<WorkflowDefinition>().FirstOrDefaultAsync(d => d.Key == key && d.Status == DefinitionStatus.Draft, cancellationToken)
            ?? throw new WorkflowNotFoundException(EngineTexts.NoDraftToPublish.With(key));
        var check = Validate(draft.Xml);
        ThrowIfInvalid(check);
        draft.Version = await NextVersionAsync(key, cancellationToken);
        MarkPublished(draft, comment, user);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>
    /// Publishes a file directly (shipped definitions at start-up). Does nothing when this content was already published
    /// as any version of its key: a process owner's later version from the designer is not undone by a restart.
    /// </summary>
    public async Task<WorkflowDefinition?> PublishIfChangedAsync(string xml, string? comment, string user, CancellationToken cancellationToken = default)
    {
        var (stored, check) = Prepare(BpmnXmlReader.Load(xml));
        ThrowIfInvalid(check);
        if (await WasPublishedAsync(check.Key!, Hash(stored), cancellationToken)) return null;
        var latest = await LatestPublishedAsync(check.Key!, cancellationToken);

        var definition = new WorkflowDefinition
        {
            Key = check.Key!, Name = check.Name, Xml = stored, ContentHash = Hash(stored),
            Version = (latest?.Version ?? 0) + 1, CreatedAt = time.GetUtcNow(), CreatedBy = user,
        };
        MarkPublished(definition, comment, user);
        db.Set<WorkflowDefinition>().Add(definition);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host sharing the database may have published the same file at the same moment: then that version stands.
            db.Entry(definition).State = EntityState.Detached;
            if (await WasPublishedAsync(check.Key!, definition.ContentHash, cancellationToken)) return null;
            throw;
        }
        return definition;
    }

    public Task<WorkflowDefinition?> LatestPublishedAsync(string key, CancellationToken cancellationToken = default) =>
        db.Set<WorkflowDefinition>().Where(d => d.Key == key && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    private Task<bool> WasPublishedAsync(string key, string hash, CancellationToken cancellationToken) =>
        db.Set<WorkflowDefinition>().AnyAsync(d => d.Key == key && d.Status == DefinitionStatus.Published && d.ContentHash == hash, cancellationToken);

    private (string Stored, DefinitionCheck Check) Prepare(XDocument document)
    {
        var parsed = BpmnParser.Parse(document);
        var check = new DefinitionCheck(parsed.Model?.Id, parsed.Model?.Name, validator.Validate(parsed));
        if (parsed.Model is null)
            throw new WorkflowValidationException(EngineTexts.DefinitionUnreadable.With(), check.Errors);
        return (BpmnNormalizer.Normalize(parsed.Document, parsed.Model), check);
    }

    private static void ThrowIfInvalid(DefinitionCheck check)
    {
        if (!check.IsValid)
            throw new WorkflowValidationException(
                EngineTexts.DefinitionNotPublishable.With(check.Errors.Count, check.Errors.Select(e => e.Located).ToList()), check.Errors);
    }

    private void MarkPublished(WorkflowDefinition definition, string? comment, string user)
    {
        definition.Status = DefinitionStatus.Published;
        definition.PublishedAt = time.GetUtcNow();
        definition.PublishedBy = user;
        definition.Comment = comment;
    }

    private async Task<int> NextVersionAsync(string key, CancellationToken cancellationToken) =>
        (await db.Set<WorkflowDefinition>().Where(d => d.Key == key && d.Status == DefinitionStatus.Published)
            .MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0) + 1;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

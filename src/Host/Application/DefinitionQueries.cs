using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Bpmn;
using WorkflowArchive.Workflows.Definitions;
using WorkflowArchive.Workflows.Texts;

namespace WorkflowArchive.Host.Application;

/// <summary>A definition key as the designer lists it: its latest published version and whether a draft is being edited.</summary>
public sealed record DefinitionOverview(string Key, string? Name, DefinitionSummary? Latest, DefinitionSummary? Draft);

/// <summary>Reading definitions and their versions, for the API and the designer pages alike.</summary>
public sealed class DefinitionQueries(ArchiveDbContext db)
{
    public async Task<IReadOnlyList<DefinitionOverview>> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Set<WorkflowDefinition>().AsNoTracking().ToListAsync(cancellationToken);
        return all.GroupBy(d => d.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var latest = g.Where(d => d.Status == DefinitionStatus.Published).MaxBy(d => d.Version);
            var draft = g.FirstOrDefault(d => d.Status == DefinitionStatus.Draft);
            return new DefinitionOverview(g.Key, (latest ?? draft)?.Name,
                latest is null ? null : DefinitionSummary.From(latest), draft is null ? null : DefinitionSummary.From(draft));
        }).ToList();
    }

    /// <summary>Every version of the key, newest first; version 0 is the draft.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> VersionsAsync(string key, CancellationToken cancellationToken = default)
    {
        var versions = await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Key == key).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new WorkflowNotFoundException(HostTexts.DefinitionNotFound.With(key));
        return versions.OrderByDescending(d => d.Version).Select(DefinitionSummary.From).ToList();
    }

    public async Task<WorkflowDefinition> VersionAsync(string key, int version, CancellationToken cancellationToken = default) =>
        await db.Set<WorkflowDefinition>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == key && d.Version == version, cancellationToken)
        ?? throw new WorkflowNotFoundException(version == 0 ? HostTexts.DefinitionDraftMissing.With(key) : HostTexts.DefinitionVersionMissing.With(key, version));

    /// <summary>What the designer opens: the draft being edited, else the latest published version.</summary>
    public async Task<WorkflowDefinition> EditableAsync(string key, CancellationToken cancellationToken = default) =>
        await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Key == key)
            .OrderBy(d => d.Status == DefinitionStatus.Draft ? 0 : 1).ThenByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new WorkflowNotFoundException(HostTexts.DefinitionNotFound.With(key));

    public async Task<DefinitionDiffView> DiffAsync(string key, int from, int to, CancellationToken cancellationToken = default)
    {
        var before = Model(await VersionAsync(key, from, cancellationToken));
        var after = Model(await VersionAsync(key, to, cancellationToken));
        return new DefinitionDiffView(key, from, to, DefinitionDiff.Compare(before, after));
    }

    /// <summary>Drafts are not cached like published versions: they change with every save.</summary>
    private static ProcessModel Model(WorkflowDefinition definition)
    {
        var parsed = BpmnParser.Parse(definition.Xml);
        return parsed.Model ?? throw new WorkflowValidationException(EngineTexts.VersionUnreadable.With(definition.Key, definition.Version), parsed.Diagnostics);
    }
}

using System.Collections.Concurrent;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Bpmn;

namespace WorkflowArchive.Domain.Archive;

/// <summary>Step 8: turns the configured pattern into a dossier's classification code, e.g. "2027/plataforma/internet/arojas".</summary>
public sealed class ClassificationProtocol(ArchiveOptions options)
{
    public string CodeFor(Dossier dossier) => options.ClassificationPattern
        .Replace("{year}", dossier.SaleDate.Year.ToString("D4"))
        .Replace("{month}", dossier.SaleDate.Month.ToString("D2"))
        .Replace("{channel}", Slug(dossier.Channel.ToString()))
        .Replace("{service}", Slug(dossier.ServiceCode))
        .Replace("{transaction}", Slug(dossier.TransactionCode))
        .Replace("{advisor}", Slug(dossier.AdvisorCode));

    /// <summary>
    /// Slugs already made: a review classifies its dossier, and the channels, services, transaction types and advisors are
    /// few. Bounded all the same, past which a slug is made each time.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Slugs = new();

    private const int SlugsKept = 4_096;

    private static string Slug(string text)
    {
        if (Slugs.TryGetValue(text, out var slug)) return slug;
        slug = RoleNames.FromLaneName(text) ?? "sin-dato";
        if (Slugs.Count < SlugsKept) Slugs.TryAdd(text, slug);
        return slug;
    }
}

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

    private static string Slug(string text) => RoleNames.FromLaneName(text) ?? "sin-dato";
}

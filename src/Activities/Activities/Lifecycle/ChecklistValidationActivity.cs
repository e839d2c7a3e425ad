using System.Text.Json.Nodes;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Catalog;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 5.2: records what the manager found in the binder (the review task's <c>documents</c>: per item received, the
/// forms that arrived, legible, signed, note) and decides whether the dossier meets the requirement set in force on its
/// sale date, the forms its rule says the archive keeps included: a required original that did not arrive returns it.
/// </summary>
public sealed class ChecklistValidationActivity(RequirementCatalog catalog) : IWorkflowActivity
{
    /// <summary>The history line each review leaves (the first one also dates <see cref="Dossier.FirstReviewedAt"/>).</summary>
    public const string ReviewAction = "Revisión de requisitos";

    public ActivityDescriptor Descriptor { get; } = new("checklist-validation", "Validar lista de requisitos",
        "Decide si la documentación está completa según los requisitos vigentes a la fecha de venta.",
        [ChecklistReviewContract.Documents], ["complete", "missingItems"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var reviewed = ReadReview(context.Variables[ChecklistReviewContract.Documents]);
        var (dossier, stored, set) = await ReadAsync(context, cancellationToken);
        var required = RequirementCatalog.RequiredFor(set, dossier);

        foreach (var item in required)
        {
            var document = Upsert(context, dossier, stored, item.DocumentCode, item.DocumentName);
            document.Required = true;
            document.MustBeSigned = item.MustBeSigned;
            document.Keeps = item.Keeps;
            if (reviewed.TryGetValue(item.DocumentCode, out var review)) Apply(document, review, context.Now);
        }
        foreach (var extra in reviewed.Values.Where(r => required.All(i => i.DocumentCode != r.Code)))
            Apply(Upsert(context, dossier, stored, extra.Code, extra.Code), extra, context.Now);

        var missing = stored.Where(d => d.Required && d.Defect is not null).Select(d => $"{d.Name}: {d.Defect}").ToList();
        dossier.RequirementSetVersion = set.Version;
        dossier.FirstReviewedAt ??= context.Now;
        if (missing.Count == 0) dossier.Status = DossierStatus.Complete;
        DossierAccess.Record(context, dossier, ReviewAction,
            (missing.Count == 0 ? "Documentación completa" : string.Join("; ", missing)) + $" (requisitos v{set.Version})");

        return ActivityResult.Done(missing.Count == 0 ? "Documentación completa." : $"Faltan {missing.Count} requisito(s).", new JsonObject
        {
            ["complete"] = missing.Count == 0,
            ["missingItems"] = new JsonArray(missing.Select(m => (JsonNode)m!).ToArray()),
        });
    }

    /// <summary>The dossier, all its documents (tracked) and the requirement set in force on its sale date, read once per move.</summary>
    private async Task<(Dossier Dossier, List<DossierDocument> Documents, RequirementSet Set)> ReadAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await DossierForReview.WithDocumentsAsync(context.Db, context.BusinessKey, DossierAccess.Held(context), catalog, cancellationToken)
        ?? throw DossierAccess.Missing(context);

    private static DossierDocument Upsert(ActivityContext context, Dossier dossier, List<DossierDocument> stored, string code, string name)
    {
        var document = stored.FirstOrDefault(d => d.Code == code);
        if (document is not null) return document;
        document = new DossierDocument { DossierId = dossier.Id, Code = code, Name = name, UpdatedAt = context.Now };
        context.Db.Set<DossierDocument>().Add(document);
        stored.Add(document);
        return document;
    }

    private static void Apply(DossierDocument document, ReviewedDocument review, DateTimeOffset now)
    {
        document.Received = review.Received;
        document.Arrived = review.Received ? DocumentFormLabels.Parse(review.Forms) : DocumentForms.None;
        document.Legible = review.Legible;
        document.Signed = review.Signed;
        document.Note = review.Note;
        document.UpdatedAt = now;
    }

    public sealed record ReviewedDocument(string Code, bool Received, bool Legible, bool Signed, string? Note, string? Forms = null);

    private static Dictionary<string, ReviewedDocument> ReadReview(JsonNode? documents)
    {
        if (documents is not JsonArray items)
            throw new ActivityFailedException(DomainTexts.ReviewDocumentsMissing.With());
        try
        {
            return items.Deserialize<List<ReviewedDocument>>(WorkflowJson.Options)!
                .Where(d => !string.IsNullOrWhiteSpace(d.Code))
                .GroupBy(d => d.Code.Trim().ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.Last() with { Code = g.Key });
        }
        catch (JsonException ex)
        {
            throw new ActivityFailedException(DomainTexts.ReviewDocumentsMalformed.With(ex.Path ?? "$"));
        }
    }
}

using System.Text.Json.Nodes;
using WorkflowArchive.Activities.Dossiers;
using WorkflowArchive.Workflows.Activities;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>Step 9: records where the dossier was shelved and when its two years of safekeeping end.</summary>
public sealed class ArchiveDossierActivity : IWorkflowActivity
{
    /// <summary>9.2: documentation is kept two years in the division's archive, then sent to Condebamba.</summary>
    public static readonly IsoDuration RetentionPeriod = IsoDuration.Parse("P2Y");

    public ActivityDescriptor Descriptor { get; } = new("archive-dossier", "Registrar archivo",
        "Registra la ubicación física y la fecha de fin del resguardo (2 años).", ["location"], ["retentionDueAt"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var location = context.OptionalString("location");
        if (string.IsNullOrWhiteSpace(location))
            throw new ActivityFailedException("The archive step needs a 'location' (shelf, box and position) where the dossier was placed.");

        var dossier = await DossierAccess.LoadAsync(context, cancellationToken);
        dossier.Location = location.Trim();
        dossier.Custody = Custodies.DivisionArchive;
        dossier.ArchivedAt = context.Now;
        dossier.RetentionDueAt = RetentionPeriod.AddTo(context.Now);
        dossier.Status = DossierStatus.Archived;
        DossierAccess.Record(context, dossier, "Archivado", $"{dossier.Location}; resguardo hasta {dossier.RetentionDueAt:yyyy-MM-dd}");
        return ActivityResult.Done($"Archivado en {dossier.Location}.", new JsonObject { ["retentionDueAt"] = dossier.RetentionDueAt.Value.ToString("O") });
    }
}

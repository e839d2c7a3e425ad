using System.Text.Json.Nodes;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Forms;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.ServiceTasks;
using WorkflowArchive.Workflows.Timing;

namespace WorkflowArchive.Activities.Lifecycle;

/// <summary>
/// Step 9: files the dossier in a box (next free position), and sets when its safekeeping ends: archived date plus the
/// retention period of its class (default two years). The workflow's retention timer waits for that period.
/// </summary>
public sealed class ArchiveDossierActivity(BoxAssignment boxes, RetentionPeriods periods, BusinessCalendar calendar) : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("archive-dossier", "Registrar archivo",
        "Archiva el expediente en una caja (la indicada o la primera con espacio) y fija el fin del resguardo.",
        [ArchiveContract.BoxCode], ["location", "retentionPeriod", "retentionDueAt"]);

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var (dossier, period) = await periods.ForDossierAsync(context, cancellationToken);
        var boxCode = context.OptionalString(ArchiveContract.BoxCode);
        var picked = await boxes.PickAsync(boxCode, dossier.ClassificationCode ?? "", cancellationToken);
        if (!IsoDuration.TryParse(period, out var retention))
            throw new ActivityFailedException(DomainTexts.RetentionPeriodMisconfigured.With(period, dossier.ServiceCode));

        // Last, once nothing else can refuse the dossier: the position is taken in the store, not counted up here.
        var (box, position) = await boxes.TakePositionAsync(picked, boxCode, dossier.ClassificationCode ?? "", context.Now, cancellationToken);
        dossier.BoxId = box.Id;
        dossier.Position = position;
        dossier.Location = $"{box.Path} / Posición {position}";
        dossier.Custody = Custodies.DivisionArchive;
        dossier.ArchivedAt = context.Now;
        dossier.RetentionPeriod = period;
        dossier.RetentionDueAt = calendar.Add(retention, context.Now);
        dossier.Status = DossierStatus.Archived;
        DossierAccess.Record(context, dossier, "Archivado", $"{dossier.Location}; resguardo {period} hasta {dossier.RetentionDueAt:yyyy-MM-dd}");
        return ActivityResult.Done($"Archivado en {dossier.Location}.", new JsonObject
        {
            ["location"] = dossier.Location,
            ["retentionPeriod"] = period,
            ["retentionDueAt"] = dossier.RetentionDueAt.Value.ToString("O"),
        });
    }
}

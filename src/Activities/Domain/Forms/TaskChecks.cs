using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Workflows.Contracts;
using WorkflowArchive.Workflows.Persistence;
using WorkflowArchive.Workflows;

namespace WorkflowArchive.Domain.Forms;

/// <summary>How the task contracts run: the form's data rules on the division's day first, the record rules only on data that passed them.</summary>
internal static class TaskChecks
{
    public static readonly IReadOnlyList<FieldError> None = [];

    public static async Task<IReadOnlyList<FieldError>> RunAsync(FormContract form, BusinessCalendar calendar, TaskOutput output,
        Func<Task<IReadOnlyList<FieldError>>> records)
    {
        var errors = form.Check(output.Data, calendar.Today(output.Now));
        return errors.Count > 0 ? errors : await records();
    }

    /// <summary>
    /// The dossier of a gestion-documental instance (its business key is the order number); null leaves it to the
    /// activity's incident. Tracked, and taken from the tracker when already there: the move's activities then work on
    /// this same object (<see cref="DossierAccess.FindAsync"/>) instead of reading the row a second time.
    /// </summary>
    public static async Task<Dossier?> DossierAsync(DbContext db, TaskOutput output, CancellationToken cancellationToken) =>
        HeldDossier(db, output) ?? await DossierLookup.ByOrderNumberAsync(db, output.BusinessKey, tracked: true, cancellationToken);

    /// <summary>The instance's dossier when the move's tracker holds it already; null otherwise.</summary>
    public static Dossier? HeldDossier(DbContext db, TaskOutput output)
    {
        var orderNumber = output.BusinessKey;
        return db.TrackedOrDefault<Dossier>(d => d.OrderNumber == orderNumber);
    }
}

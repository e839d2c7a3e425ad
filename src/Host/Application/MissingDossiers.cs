using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Host.Security;
using WorkflowArchive.Host.Texts;
using WorkflowArchive.Workflows;
using WorkflowArchive.Workflows.Runtime;

namespace WorkflowArchive.Host.Application;

/// <summary>
/// A dossier an inventory did not find is marked as lost (extraviado) so it is looked for, and shows so on its page and
/// in the search; found again, the mark is lifted. Both are audited (the dossier's fields) and in its history.
/// </summary>
public sealed class MissingDossiers(ArchiveDbContext db, PolicyCheck policy, ActorContext actor, TimeProvider time, BusinessCalendar calendar)
{
    public const string MarkedAction = "Marcado como extraviado";
    public const string FoundAction = "Encontrado";

    public async Task MarkMissingAsync(string orderNumber, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        actor.SignIn(user.RequireName());
        var dossier = await FindAsync(orderNumber, cancellationToken);
        if (dossier.MissingSince is { } since)
            throw new WorkflowConflictException(HostTexts.DossierAlreadyMissing.With(dossier.OrderNumber, calendar.Today(since).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
        dossier.MissingSince = time.GetUtcNow();
        dossier.MissingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        db.Add(new DossierEvent { DossierId = dossier.Id, At = dossier.MissingSince.Value, Actor = actor.Name, Action = MarkedAction, Detail = dossier.MissingNote });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task MarkFoundAsync(string orderNumber, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await policy.EnsureAsync(user, Policies.Archive);
        actor.SignIn(user.RequireName());
        var dossier = await FindAsync(orderNumber, cancellationToken);
        if (dossier.MissingSince is not { } since) throw new WorkflowConflictException(HostTexts.DossierNotMissing.With(dossier.OrderNumber));
        dossier.MissingSince = null;
        dossier.MissingNote = null;
        db.Add(new DossierEvent
        {
            DossierId = dossier.Id, At = time.GetUtcNow(), Actor = actor.Name, Action = FoundAction,
            Detail = $"Estaba extraviado desde el {calendar.Today(since).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<Dossier> FindAsync(string orderNumber, CancellationToken cancellationToken) =>
        DossierLookup.FindByOrderNumberAsync(db, orderNumber, tracked: true, cancellationToken);
}

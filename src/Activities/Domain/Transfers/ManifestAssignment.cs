using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Archive;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Domain.Texts;
using WorkflowArchive.Workflows.Runtime;
using WorkflowArchive.Workflows.ServiceTasks;

namespace WorkflowArchive.Domain.Transfers;

/// <summary>Step 11: groups dossiers whose retention ended by box: each box has one open remisión collecting them.</summary>
public sealed class ManifestAssignment(DbContext db, BusinessCalendar calendar, DossierReadAhead readAhead)
{
    public async Task<TransferManifest> AddAsync(Dossier dossier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // FindAsync: a box read ahead for a batch of transfers (DossierReadAhead) costs no query.
        var box = (dossier.BoxId is { } boxId ? await db.Set<ArchiveLocation>().FindAsync([boxId], cancellationToken) : null)
            ?? throw new ActivityFailedException(DomainTexts.DossierNotInBox.With(dossier.OrderNumber));
        // From here on the move holds the box (see BoxLock): what it reads of the box's remisión is what it writes over.
        await MoveTransaction.EnsureAsync(db, cancellationToken);
        if (!readAhead.HoldsBox(box.Id)) await BoxLock.TakeAsync(db, box.Id, cancellationToken);
        while (true)
        {
            // Only a remisión still being prepared takes more dossiers: once sent, the box has left with what it had.
            var manifest = db.Set<TransferManifest>().Local.FirstOrDefault(m => m.BoxId == box.Id && m.Status == ManifestStatus.Prepared)
                           ?? await ManifestQueries.PreparedForBoxAsync(db, box.Id, cancellationToken);
            if (manifest is null)
            {
                manifest = new TransferManifest
                {
                    Number = await RemisionNumbers.NextAsync(db, calendar.Today(now).Year, cancellationToken),
                    BoxId = box.Id, BoxPath = box.Path, Status = ManifestStatus.Prepared, CreatedAt = now, DossierCount = 1,
                };
                db.Set<TransferManifest>().Add(manifest);
            }
            else if (db.Entry(manifest).State == EntityState.Added || readAhead.HoldsCount(manifest.Id))
            {
                manifest.DossierCount++;
            }
            else if (await CountInAsync(manifest, now, cancellationToken))
            {
                readAhead.CountHeld(manifest.Id);
            }
            else
            {
                // Sent between the read and the count (dispatch does not take the box): the dossier goes on a new remisión.
                db.Entry(manifest).State = EntityState.Detached;
                continue;
            }
            dossier.ManifestId = manifest.Id;
            return manifest;
        }
    }

    /// <summary>
    /// Adds one to a stored remisión's count with one statement, while it is still prepared: no concurrency token for
    /// the dossiers of one box to race on. False when it was sent meanwhile.
    /// </summary>
    private async Task<bool> CountInAsync(TransferManifest manifest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prepared = nameof(ManifestStatus.Prepared);
        var counted = await db.Database.SqlQuery<int>($"""
            UPDATE transfer_manifests SET "DossierCount" = "DossierCount" + 1
            WHERE "Id" = {manifest.Id} AND "Status" = {prepared}
            RETURNING "DossierCount" AS "Value"
            """).ToListAsync(cancellationToken);
        if (counted.Count == 0) return false;
        CounterAudit.Settle(db, manifest, nameof(TransferManifest.DossierCount), counted[0]);
        CounterAudit.Record(db, nameof(TransferManifest), manifest.Id, nameof(TransferManifest.DossierCount), counted[0], now);
        return true;
    }
}

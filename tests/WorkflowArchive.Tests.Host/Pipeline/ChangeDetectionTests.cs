using Microsoft.EntityFrameworkCore;
using WorkflowArchive.Domain.Auditing;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;
using WorkflowArchive.Workflows.Persistence;

namespace WorkflowArchive.Tests.Pipeline;

/// <summary>
/// A move's save compares its unit of work with the snapshot once, before the save, not once in each interceptor that
/// reads it and again in EF Core (four more times per save; with the activity snapshots, about a twentieth of a loaded
/// host's CPU); what it changed is written and audited all the same.
/// </summary>
public abstract class ChangeDetectionTests(DatabaseProvider provider) : HostedTest(provider)
{
    [Fact]
    public async Task A_review_saves_without_comparing_its_unit_of_work_again_and_everything_it_changed_is_written_and_audited()
    {
        const string order = "SF-2027-000960";
        var task = await Archive.ReviewWaitingAsync(order);
        var review = await Archive.ReviewAsync(order);
        var connection = await Factory.ConnectionStringAsync();

        using (var seen = new TrackerScansSeen(connection))
        {
            (await Client.Http.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { variables = review }, "gestora")).EnsureSuccessStatusCode();
            // On SQLite a review's every row waits for its group commit's batch: it hands them over with no save of EF Core's.
            Assert.Equal(Provider == DatabaseProvider.Sqlite ? 0 : 1, seen.Saves());
            Assert.Equal(0, seen.ScansInsideSaves());
        }

        var dossier = await Archive.DossierAsync(order);
        Assert.Equal(DossierStatus.Classified, dossier.Status);
        Assert.NotNull(dossier.ClassificationCode);
        var (documents, audited) = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            return (await db.Set<DossierDocument>().AsNoTracking().Where(d => d.DossierId == dossier.Id).ToListAsync(),
                await db.Set<AuditEntry>().AsNoTracking().Where(e => e.ObjectType == nameof(Dossier) && e.ObjectId == dossier.Id.ToString() && e.Action == "Modified" && e.ChangesJson.Contains("Classified")).CountAsync());
        });
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.True(d.Received, d.Code));
        Assert.True(audited == 1, $"{audited} audit entries of the dossier's classification");
    }

    [Fact]
    public async Task What_a_save_audits_is_worked_out_ahead_once_and_the_save_writes_it_once()
    {
        const string order = "SF-2027-000961";
        await DomainSeed.SaleAsync(Factory, DomainSeed.Sale(order));
        await Archive.RegisterBatchAsync("arojas", order);
        var dossierId = (await Archive.DossierAsync(order)).Id;

        var (aheadOfTheSave, written) = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var dossier = await db.Set<Dossier>().SingleAsync(d => d.Id == dossierId);
            dossier.AdvisorReason = "Firma del cliente pendiente";
            db.ChangeTracker.DetectChanges();
            int ahead;
            using (await SavePreparation.AheadAsync(db, CancellationToken.None))
            {
                // A move waits for SQLite's write turn here: its audit entry is already made.
                ahead = AppendBuffer.For(db).Pending<AuditEntry>().Count();
                await db.SaveChangesAsync();
            }
            return (ahead, await db.Set<AuditEntry>().AsNoTracking()
                .CountAsync(e => e.ObjectType == nameof(Dossier) && e.ObjectId == dossierId.ToString() && e.ChangesJson.Contains("Firma del cliente pendiente")));
        });

        Assert.Equal(1, aheadOfTheSave);
        Assert.Equal(1, written);
    }
}

public sealed class SqliteChangeDetectionTests() : ChangeDetectionTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresChangeDetectionTests() : ChangeDetectionTests(DatabaseProvider.Postgres);

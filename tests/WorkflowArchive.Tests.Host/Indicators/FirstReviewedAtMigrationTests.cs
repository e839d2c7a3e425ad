using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WorkflowArchive.Domain.Dossiers;
using WorkflowArchive.Host.Maintenance;
using WorkflowArchive.Host.Persistence;
using WorkflowArchive.Tests.Support;

namespace WorkflowArchive.Tests.Indicators;

/// <summary>
/// A store with dossiers reviewed before <see cref="Dossier.FirstReviewedAt"/> existed: the migration that adds it dates
/// each dossier by its first review in its history, so the first-pass indicator of past periods does not change.
/// </summary>
public abstract class FirstReviewedAtMigrationTests(DatabaseProvider provider)
{
    private const string Migration = "FirstReviewedAtAndReadIndexes";
    private static readonly DateTimeOffset FirstReview = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dossiers_reviewed_before_the_column_existed_are_dated_by_their_first_review()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = MaintenanceDatabase.Open(provider, database.ConnectionString);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_" + Migration)) - 1];
        await migrator.MigrateAsync(before);

        var reviewedTwice = Guid.NewGuid();
        var neverReviewed = Guid.NewGuid();
        await InsertDossierAsync(db, reviewedTwice, "SF-2026-000001");
        await InsertDossierAsync(db, neverReviewed, "SF-2026-000002");
        await InsertEventAsync(db, reviewedTwice, FirstReview.AddDays(3), "Revisión de requisitos");
        await InsertEventAsync(db, reviewedTwice, FirstReview, "Revisión de requisitos");
        await InsertEventAsync(db, reviewedTwice, FirstReview.AddDays(-1), "Registrado");
        await InsertEventAsync(db, neverReviewed, FirstReview, "Registrado");

        await migrator.MigrateAsync();

        var dated = await db.Set<Dossier>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.FirstReviewedAt);
        Assert.Equal(FirstReview, dated[reviewedTwice]);
        Assert.Null(dated[neverReviewed]);
    }

    private Task InsertDossierAsync(DbContext db, Guid id, string order) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO "dossiers" ("Id", "OrderNumber", "OrderNumberReversed", "CustomerName", "CustomerNameKey", "CustomerDocument",
            "CustomerDocumentNumber", "CustomerIsCompany", "SignedByRepresentative", "ServiceCode", "TransactionCode", "AdvisorCode",
            "Channel", "SaleDate", "Status", "ReturnCount", "Custody", "ReceivedAt")
        VALUES ({id}, {order}, {new string(order.Reverse().ToArray())}, {"Rosa Quiroga Peña"}, {"rosa quiroga pena"}, {"4455667 CB"},
            {"4455667"}, {false}, {false}, {"internet"}, {"venta-nueva"}, {"arojas"},
            {"Plataforma"}, {new DateOnly(2026, 3, 1)}, {"Archived"}, {0}, {"Archivo de la División"}, {Instant(FirstReview.AddDays(-1))})
        """);

    private Task InsertEventAsync(DbContext db, Guid dossierId, DateTimeOffset at, string action) => db.Database.ExecuteSqlAsync(
        $"""INSERT INTO "dossier_events" ("DossierId", "At", "Actor", "Action", "Detail") VALUES ({dossierId}, {Instant(at)}, {"gestora"}, {action}, {"prueba"})""");

    /// <summary>An instant as the store keeps it: UTC ticks on SQLite (<see cref="DateTimeOffsetToUtcTicksConverter"/>).</summary>
    private object Instant(DateTimeOffset at) => provider == DatabaseProvider.Sqlite ? at.UtcTicks : at;
}

public sealed class SqliteFirstReviewedAtMigrationTests() : FirstReviewedAtMigrationTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PostgresFirstReviewedAtMigrationTests() : FirstReviewedAtMigrationTests(DatabaseProvider.Postgres);

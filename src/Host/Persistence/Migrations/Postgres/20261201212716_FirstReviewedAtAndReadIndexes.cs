using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FirstReviewedAtAndReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstReviewedAt",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            // Dossiers reviewed before the column existed: their first review, from their history (the text the review
            // activity wrote then). Only those rows are written: a million dossiers each set to itself took minutes.
            migrationBuilder.Sql("""
                UPDATE "dossiers" AS d SET "FirstReviewedAt" = f."First"
                FROM (SELECT "DossierId", MIN("At") AS "First" FROM "dossier_events"
                      WHERE "Action" = 'Revisión de requisitos' GROUP BY "DossierId") AS f
                WHERE d."Id" = f."DossierId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_wf_outbox_parked",
                table: "wf_outbox",
                column: "CreatedAt",
                filter: "\"ParkedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_StartedAt",
                table: "wf_instances",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_AdvisorCode_ReceivedAt",
                table: "dossiers",
                columns: new[] { "AdvisorCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_FirstReviewedAt",
                table: "dossiers",
                column: "FirstReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_returns_CorrectedAt",
                table: "dossier_returns",
                column: "CorrectedAt");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_returns_ReturnedAt",
                table: "dossier_returns",
                column: "ReturnedAt");

            migrationBuilder.CreateIndex(
                name: "IX_batches_RegisteredAt",
                table: "batches",
                column: "RegisteredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_outbox_parked",
                table: "wf_outbox");

            migrationBuilder.DropIndex(
                name: "IX_wf_instances_StartedAt",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_AdvisorCode_ReceivedAt",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_FirstReviewedAt",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_dossier_returns_CorrectedAt",
                table: "dossier_returns");

            migrationBuilder.DropIndex(
                name: "IX_dossier_returns_ReturnedAt",
                table: "dossier_returns");

            migrationBuilder.DropIndex(
                name: "IX_batches_RegisteredAt",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "FirstReviewedAt",
                table: "dossiers");
        }
    }
}

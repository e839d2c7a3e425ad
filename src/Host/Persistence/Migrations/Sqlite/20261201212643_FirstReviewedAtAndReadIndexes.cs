using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FirstReviewedAtAndReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FirstReviewedAt",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            // Dossiers reviewed before the column existed: their first review, from their history (the text the review
            // activity wrote then).
            migrationBuilder.Sql("""
                UPDATE "dossiers" SET "FirstReviewedAt" = (
                    SELECT MIN(e."At") FROM "dossier_events" AS e
                    WHERE e."DossierId" = "dossiers"."Id" AND e."Action" = 'Revisión de requisitos');
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdvisorReason",
                table: "dossiers",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerDocumentNumber",
                table: "dossiers",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OrderNumberReversed",
                table: "dossiers",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateTable(
                name: "dossier_name_words",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Words = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    SaleDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_name_words", x => new { x.DossierId, x.Position });
                    table.ForeignKey(
                        name: "FK_dossier_name_words_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_CustomerDocumentNumber",
                table: "dossiers",
                column: "CustomerDocumentNumber");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_OrderNumberReversed",
                table: "dossiers",
                column: "OrderNumberReversed");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_name_words_Words_SaleDate_DossierId",
                table: "dossier_name_words",
                columns: new[] { "Words", "SaleDate", "DossierId" });

            // Existing dossiers get the forms SearchText gives new ones: the order number reversed, the CI/NIT's first run
            // of digits, and the folded name read from each word on (a word starts it or follows a space or a hyphen).
            migrationBuilder.Sql("""
                UPDATE dossiers SET "OrderNumberReversed" = reverse("OrderNumber"),
                                    "CustomerDocumentNumber" = coalesce(substring("CustomerDocument" from '[0-9]+'), '');
                """);
            migrationBuilder.Sql("""
                INSERT INTO dossier_name_words ("DossierId", "Position", "Words", "SaleDate")
                SELECT d."Id", row_number() OVER (PARTITION BY d."Id" ORDER BY p.pos) - 1, substr(d."CustomerNameKey", p.pos), d."SaleDate"
                FROM dossiers d CROSS JOIN LATERAL generate_series(1, length(d."CustomerNameKey")) AS p(pos)
                WHERE substr(d."CustomerNameKey", p.pos, 1) NOT IN (' ', '-')
                  AND (p.pos = 1 OR substr(d."CustomerNameKey", p.pos - 1, 1) IN (' ', '-'));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_name_words");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_CustomerDocumentNumber",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_OrderNumberReversed",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "AdvisorReason",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "CustomerDocumentNumber",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "OrderNumberReversed",
                table: "dossiers");
        }
    }
}

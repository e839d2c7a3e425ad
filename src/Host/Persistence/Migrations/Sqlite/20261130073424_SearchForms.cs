using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerDocumentNumber",
                table: "dossiers",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OrderNumberReversed",
                table: "dossiers",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "dossier_name_words",
                columns: table => new
                {
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SaleDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
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

            // Existing dossiers get the forms SearchText gives new ones. SQLite has no reverse() and no regular
            // expressions: both are a walk over the characters (recursive CTE), through a temporary table.
            migrationBuilder.Sql("""
                CREATE TEMP TABLE search_forms_backfill AS
                WITH RECURSIVE
                  reversed(id, rest, acc) AS (
                    SELECT "Id", "OrderNumber", '' FROM dossiers
                    UNION ALL SELECT id, substr(rest, 2), substr(rest, 1, 1) || acc FROM reversed WHERE rest <> ''),
                  digits(id, rest, acc, state) AS (
                    SELECT "Id", "CustomerDocument", '', 0 FROM dossiers
                    UNION ALL SELECT id, substr(rest, 2),
                      CASE WHEN substr(rest, 1, 1) BETWEEN '0' AND '9' THEN acc || substr(rest, 1, 1) ELSE acc END,
                      CASE WHEN substr(rest, 1, 1) BETWEEN '0' AND '9' THEN 1 WHEN state = 1 THEN 2 ELSE 0 END
                    FROM digits WHERE rest <> '' AND state < 2)
                SELECT r.id AS id, r.acc AS reversed, d.acc AS number
                FROM reversed r JOIN digits d ON d.id = r.id AND (d.rest = '' OR d.state = 2)
                WHERE r.rest = '';
                """);
            migrationBuilder.Sql("CREATE INDEX temp.ix_search_forms_backfill ON search_forms_backfill (id);");
            migrationBuilder.Sql("""
                UPDATE dossiers SET
                  "OrderNumberReversed" = (SELECT b.reversed FROM search_forms_backfill b WHERE b.id = dossiers."Id"),
                  "CustomerDocumentNumber" = (SELECT b.number FROM search_forms_backfill b WHERE b.id = dossiers."Id");
                """);
            migrationBuilder.Sql("DROP TABLE search_forms_backfill;");
            // The name read from each word on: a word starts the name or follows a space or a hyphen (SearchText.WordTails).
            migrationBuilder.Sql("""
                INSERT INTO dossier_name_words ("DossierId", "Position", "Words", "SaleDate")
                WITH RECURSIVE chars(id, name, pos, sale) AS (
                  SELECT "Id", "CustomerNameKey", 1, "SaleDate" FROM dossiers WHERE "CustomerNameKey" <> ''
                  UNION ALL SELECT id, name, pos + 1, sale FROM chars WHERE pos < length(name))
                SELECT id, row_number() OVER (PARTITION BY id ORDER BY pos) - 1, substr(name, pos), sale
                FROM chars
                WHERE substr(name, pos, 1) NOT IN (' ', '-') AND (pos = 1 OR substr(name, pos - 1, 1) IN (' ', '-'));
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

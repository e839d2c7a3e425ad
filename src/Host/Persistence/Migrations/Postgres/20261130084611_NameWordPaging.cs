using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameWordPaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossier_name_words_Words_SaleDate_DossierId",
                table: "dossier_name_words");

            migrationBuilder.AddColumn<string>(
                name: "OrderNumber",
                table: "dossier_name_words",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Prefix",
                table: "dossier_name_words",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "",
                collation: "C");

            // Backfill: each word row takes its first three letters and its dossier's order number (the page's order).
            migrationBuilder.Sql(@"UPDATE dossier_name_words AS w SET ""Prefix"" = left(w.""Words"", 3), ""OrderNumber"" = d.""OrderNumber""
                FROM dossiers AS d WHERE d.""Id"" = w.""DossierId"";");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_name_words_page",
                table: "dossier_name_words",
                columns: new[] { "Prefix", "SaleDate", "OrderNumber", "Words", "DossierId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossier_name_words_page",
                table: "dossier_name_words");

            migrationBuilder.DropColumn(
                name: "OrderNumber",
                table: "dossier_name_words");

            migrationBuilder.DropColumn(
                name: "Prefix",
                table: "dossier_name_words");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_name_words_Words_SaleDate_DossierId",
                table: "dossier_name_words",
                columns: new[] { "Words", "SaleDate", "DossierId" });
        }
    }
}

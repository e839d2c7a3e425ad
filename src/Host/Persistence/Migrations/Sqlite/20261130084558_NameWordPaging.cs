using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Prefix",
                table: "dossier_name_words",
                type: "TEXT",
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            // Backfill: each word row takes its first three letters and its dossier's order number (the page's order).
            migrationBuilder.Sql(@"UPDATE dossier_name_words SET ""Prefix"" = substr(""Words"", 1, 3),
                ""OrderNumber"" = (SELECT d.""OrderNumber"" FROM dossiers AS d WHERE d.""Id"" = dossier_name_words.""DossierId"");");

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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NameWordRepeatsPrefix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossier_name_words_page",
                table: "dossier_name_words");

            migrationBuilder.AddColumn<bool>(
                name: "RepeatsPrefix",
                table: "dossier_name_words",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_name_words_page",
                table: "dossier_name_words",
                columns: new[] { "Prefix", "SaleDate", "OrderNumber", "Words", "DossierId", "Position", "RepeatsPrefix" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossier_name_words_page",
                table: "dossier_name_words");

            migrationBuilder.DropColumn(
                name: "RepeatsPrefix",
                table: "dossier_name_words");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_name_words_page",
                table: "dossier_name_words",
                columns: new[] { "Prefix", "SaleDate", "OrderNumber", "Words", "DossierId", "Position" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexAndRemisionCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_CustomerNameKey",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_CustomerNameKey_SaleDate",
                table: "dossiers",
                columns: new[] { "CustomerNameKey", "SaleDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dossiers_CustomerNameKey_SaleDate",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_CustomerNameKey",
                table: "dossiers",
                column: "CustomerNameKey");
        }
    }
}

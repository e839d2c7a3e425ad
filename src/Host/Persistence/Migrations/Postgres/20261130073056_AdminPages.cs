using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerDocument",
                table: "legal_holds",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Closed",
                table: "archive_locations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_legal_holds_CustomerDocument",
                table: "legal_holds",
                column: "CustomerDocument");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_legal_holds_CustomerDocument",
                table: "legal_holds");

            migrationBuilder.DropColumn(
                name: "CustomerDocument",
                table: "legal_holds");

            migrationBuilder.DropColumn(
                name: "Closed",
                table: "archive_locations");
        }
    }
}

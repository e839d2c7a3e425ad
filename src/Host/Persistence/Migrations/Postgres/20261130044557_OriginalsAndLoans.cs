using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OriginalsAndLoans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Keeps",
                table: "requirement_items",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Copy");

            migrationBuilder.AddColumn<string>(
                name: "Arrived",
                table: "dossier_documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Keeps",
                table: "dossier_documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Copy");

            migrationBuilder.CreateTable(
                name: "original_loans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LentTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueBackOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_original_loans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_original_loans_DossierId_ReturnedAt",
                table: "original_loans",
                columns: new[] { "DossierId", "ReturnedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_original_loans_RequestId",
                table: "original_loans",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "original_loans");

            migrationBuilder.DropColumn(
                name: "Keeps",
                table: "requirement_items");

            migrationBuilder.DropColumn(
                name: "Arrived",
                table: "dossier_documents");

            migrationBuilder.DropColumn(
                name: "Keeps",
                table: "dossier_documents");
        }
    }
}

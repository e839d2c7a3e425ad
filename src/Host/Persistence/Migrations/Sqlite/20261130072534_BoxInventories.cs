using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BoxInventories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MissingNote",
                table: "dossiers",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MissingSince",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "box_inventories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoxId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Expected = table.Column<int>(type: "INTEGER", nullable: false),
                    Found = table.Column<int>(type: "INTEGER", nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    Misplaced = table.Column<int>(type: "INTEGER", nullable: false),
                    OutOfPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Unknown = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_inventories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "box_inventory_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InventoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ScannedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExpectedBoxId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpectedPosition = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_inventory_lines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_box_inventories_BoxId_StartedAt",
                table: "box_inventories",
                columns: new[] { "BoxId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_box_inventories_one_open_per_box",
                table: "box_inventories",
                column: "BoxId",
                unique: true,
                filter: "\"FinishedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_box_inventory_lines_DossierId",
                table: "box_inventory_lines",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_box_inventory_lines_InventoryId_Code",
                table: "box_inventory_lines",
                columns: new[] { "InventoryId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "box_inventories");

            migrationBuilder.DropTable(
                name: "box_inventory_lines");

            migrationBuilder.DropColumn(
                name: "MissingNote",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "MissingSince",
                table: "dossiers");
        }
    }
}

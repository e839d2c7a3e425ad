using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "MissingSince",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "box_inventories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BoxId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Expected = table.Column<int>(type: "integer", nullable: false),
                    Found = table.Column<int>(type: "integer", nullable: false),
                    Missing = table.Column<int>(type: "integer", nullable: false),
                    Misplaced = table.Column<int>(type: "integer", nullable: false),
                    OutOfPosition = table.Column<int>(type: "integer", nullable: false),
                    Unknown = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_inventories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "box_inventory_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InventoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ScannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    Finding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExpectedBoxId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpectedPosition = table.Column<int>(type: "integer", nullable: true)
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemisionesInTwoSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CarriedBy",
                table: "transfer_manifests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CondebambaReceiver",
                table: "transfer_manifests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissingNote",
                table: "transfer_manifests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SentAt",
                table: "transfer_manifests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBy",
                table: "transfer_manifests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "number_sequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastValue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_sequences", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_transfer_manifests_one_prepared_per_box",
                table: "transfer_manifests",
                column: "BoxId",
                unique: true,
                filter: "\"Status\" = 'Prepared'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "number_sequences");

            migrationBuilder.DropIndex(
                name: "IX_transfer_manifests_one_prepared_per_box",
                table: "transfer_manifests");

            migrationBuilder.DropColumn(
                name: "CarriedBy",
                table: "transfer_manifests");

            migrationBuilder.DropColumn(
                name: "CondebambaReceiver",
                table: "transfer_manifests");

            migrationBuilder.DropColumn(
                name: "MissingNote",
                table: "transfer_manifests");

            migrationBuilder.DropColumn(
                name: "SentAt",
                table: "transfer_manifests");

            migrationBuilder.DropColumn(
                name: "SentBy",
                table: "transfer_manifests");
        }
    }
}

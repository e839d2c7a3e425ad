using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverdueNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OverdueNotifiedAt",
                table: "wf_user_tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Status_DueAt",
                table: "wf_user_tasks",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Status_DueAt",
                table: "wf_user_tasks");

            migrationBuilder.DropColumn(
                name: "OverdueNotifiedAt",
                table: "wf_user_tasks");
        }
    }
}

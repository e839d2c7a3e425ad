using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkflowArchive.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OverdueNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueNotifiedAt",
                table: "wf_user_tasks",
                type: "timestamp with time zone",
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

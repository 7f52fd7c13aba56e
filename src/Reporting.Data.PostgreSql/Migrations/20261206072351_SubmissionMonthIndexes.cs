using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionMonthIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_submissions_first_month",
                table: "submissions",
                column: "first_month");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_last_month",
                table: "submissions",
                column: "last_month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_first_month",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "ix_submissions_last_month",
                table: "submissions");
        }
    }
}

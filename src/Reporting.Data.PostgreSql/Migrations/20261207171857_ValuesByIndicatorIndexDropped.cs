using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ValuesByIndicatorIndexDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_submission_values_indicator_code",
                table: "submission_values");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_submission_values_indicator_code",
                table: "submission_values",
                column: "indicator_code");
        }
    }
}

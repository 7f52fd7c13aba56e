using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Estimates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_estimate",
                table: "submissions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_estimate",
                table: "submission_values",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "estimate_count",
                table: "period_rollups",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "latest_is_estimate",
                table: "period_rollups",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_estimate",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "is_estimate",
                table: "submission_values");

            migrationBuilder.DropColumn(
                name: "estimate_count",
                table: "period_rollups");

            migrationBuilder.DropColumn(
                name: "latest_is_estimate",
                table: "period_rollups");
        }
    }
}

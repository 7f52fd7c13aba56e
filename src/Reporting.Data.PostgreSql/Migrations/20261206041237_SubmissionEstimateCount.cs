using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionEstimateCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "estimate_count",
                table: "submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Counted once here for the versions already stored, as each new one is when stored: listing the
            // submissions of a period (the dashboard at 5,000 agencies) then needs no count over their values.
            migrationBuilder.Sql("""
                UPDATE submissions SET estimate_count = (
                    SELECT COUNT(*) FROM submission_values v
                    WHERE v.submission_id = submissions.id AND v.is_estimate AND v.value_micros IS NOT NULL)
                WHERE id IN (SELECT submission_id FROM submission_values WHERE is_estimate AND value_micros IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "estimate_count",
                table: "submissions");
        }
    }
}

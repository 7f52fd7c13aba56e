using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <summary>Each submission's count of non-empty values, kept on its row.</summary>
    public partial class SubmissionValueCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "value_count",
                table: "submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Submissions stored before the column existed get their count from their values.
            migrationBuilder.Sql("""
                UPDATE submissions SET value_count =
                    (SELECT COUNT(*) FROM submission_values v WHERE v.submission_id = submissions.id AND v.value_micros IS NOT NULL)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "value_count",
                table: "submissions");
        }
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <summary>
    /// Adds the stored roll-ups (see <see cref="PeriodRollupStore"/>), written by hand because SQLite's WITHOUT ROWID,
    /// which EF Core cannot express, keeps rows in key order: a period's rows together for reading it, and within it an
    /// agency's rows together, so that storing a file rewrites a few pages, not one per indicator. A database that already
    /// holds submissions asks for a rebuild, done in code by the one rule over time. The tables and the index are in the
    /// EF model now (the snapshot holds them exactly as made here), so later migrations are generated with them in view.
    /// </summary>
    [DbContext(typeof(ReportingDbContext))]
    [Migration("20261202220000_PeriodRollups")]
    public partial class PeriodRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE period_rollups (
                    period TEXT NOT NULL,
                    indicator_code TEXT NOT NULL,
                    agency_code TEXT NOT NULL,
                    sum_micros INTEGER NOT NULL,
                    latest_micros INTEGER NOT NULL,
                    latest_month INTEGER NOT NULL,
                    latest_submission_id INTEGER NOT NULL,
                    covered_months INTEGER NOT NULL,
                    value_count INTEGER NOT NULL,
                    PRIMARY KEY (period, agency_code, indicator_code)
                ) WITHOUT ROWID;
                """);

            // Refreshing an agency's roll-ups reads its current values: without this SQLite walks every current
            // submission of the months instead (minutes for a rebuild at 5,000 agencies).
            migrationBuilder.Sql("CREATE INDEX ix_submissions_agency_current ON submissions (agency_code, is_current, first_month);");
            migrationBuilder.Sql("CREATE TABLE pending_rollup_rebuild (id INTEGER PRIMARY KEY);");
            migrationBuilder.Sql("INSERT INTO pending_rollup_rebuild (id) SELECT 1 WHERE EXISTS (SELECT 1 FROM submissions);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_submissions_agency_current;");
            migrationBuilder.Sql("DROP TABLE pending_rollup_rebuild;");
            migrationBuilder.Sql("DROP TABLE period_rollups;");
        }
    }
}

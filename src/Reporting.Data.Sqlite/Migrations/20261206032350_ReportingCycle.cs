using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportingCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_estimate",
                table: "submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "submissions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "submitted");

            migrationBuilder.AddColumn<bool>(
                name: "is_estimate",
                table: "submission_values",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "estimate_count",
                table: "period_rollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "latest_is_estimate",
                table: "period_rollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: true),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_changes",
                columns: table => new
                {
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    first_month = table.Column<int>(type: "INTEGER", nullable: false),
                    last_month = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_changes", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "issued_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    workbook = table.Column<byte[]>(type: "BLOB", nullable: false),
                    pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    document = table.Column<byte[]>(type: "BLOB", nullable: false),
                    figures = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issued_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    agency_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminders_sent", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submission_reviews",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    submission_id = table.Column<long>(type: "INTEGER", nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    reviewer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_submission_reviews_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "period_locks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    issued_report_id = table.Column<long>(type: "INTEGER", nullable: false),
                    locked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    reopened_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    reopened_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reopen_reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_period_locks", x => x.id);
                    table.ForeignKey(
                        name: "FK_period_locks_issued_reports_issued_report_id",
                        column: x => x.issued_report_id,
                        principalTable: "issued_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "review_comments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    review_id = table.Column<long>(type: "INTEGER", nullable: false),
                    cell = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    indicator_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_comments", x => x.id);
                    table.ForeignKey(
                        name: "FK_review_comments_submission_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "submission_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "data_versions",
                columns: new[] { "name", "version" },
                values: new object[] { "cycle", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_agency_code",
                table: "audit_entries",
                column: "agency_code");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_period",
                table: "audit_entries",
                column: "period");

            migrationBuilder.CreateIndex(
                name: "IX_issued_reports_period",
                table: "issued_reports",
                column: "period");

            migrationBuilder.CreateIndex(
                name: "IX_period_locks_issued_report_id",
                table: "period_locks",
                column: "issued_report_id");

            migrationBuilder.CreateIndex(
                name: "IX_period_locks_period",
                table: "period_locks",
                column: "period");

            migrationBuilder.CreateIndex(
                name: "IX_reminders_sent_agency_code_period_due",
                table: "reminders_sent",
                columns: new[] { "agency_code", "period", "due" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_comments_review_id",
                table: "review_comments",
                column: "review_id");

            migrationBuilder.CreateIndex(
                name: "IX_submission_reviews_submission_id",
                table: "submission_reviews",
                column: "submission_id");

            // The audit log is append-only in the database too, whatever program writes to it.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: an entry cannot be changed'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: an entry cannot be deleted'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_delete;");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "data_changes");

            migrationBuilder.DropTable(
                name: "period_locks");

            migrationBuilder.DropTable(
                name: "reminders_sent");

            migrationBuilder.DropTable(
                name: "review_comments");

            migrationBuilder.DropTable(
                name: "issued_reports");

            migrationBuilder.DropTable(
                name: "submission_reviews");

            migrationBuilder.DeleteData(
                table: "data_versions",
                keyColumn: "name",
                keyValue: "cycle");

            migrationBuilder.DropColumn(
                name: "is_estimate",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "state",
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

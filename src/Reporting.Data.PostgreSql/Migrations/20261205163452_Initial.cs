using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_documents",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_documents", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "pending_rollup_rebuild",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_rollup_rebuild", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "period_rollups",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    agency_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sum_micros = table.Column<long>(type: "bigint", nullable: false),
                    latest_micros = table.Column<long>(type: "bigint", nullable: false),
                    latest_month = table.Column<int>(type: "integer", nullable: false),
                    latest_submission_id = table.Column<long>(type: "bigint", nullable: false),
                    covered_months = table.Column<int>(type: "integer", nullable: false),
                    value_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_period_rollups", x => new { x.period, x.agency_code, x.indicator_code });
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    first_month = table.Column<int>(type: "integer", nullable: false),
                    last_month = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    source_file = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    uploaded_on_behalf = table.Column<bool>(type: "boolean", nullable: false),
                    value_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submission_values",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    value_micros = table.Column<long>(type: "bigint", nullable: true),
                    cell = table.Column<string>(type: "text", nullable: true),
                    note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_values", x => x.id);
                    table.ForeignKey(
                        name: "FK_submission_values_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_submission_values_indicator_code",
                table: "submission_values",
                column: "indicator_code");

            migrationBuilder.CreateIndex(
                name: "IX_submission_values_submission_id_indicator_code",
                table: "submission_values",
                columns: new[] { "submission_id", "indicator_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submissions_agency_code_period_version",
                table: "submissions",
                columns: new[] { "agency_code", "period", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_agency_current",
                table: "submissions",
                columns: new[] { "agency_code", "is_current", "first_month" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_is_current_first_month_last_month",
                table: "submissions",
                columns: new[] { "is_current", "first_month", "last_month" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_sha256",
                table: "submissions",
                column: "sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_documents");

            migrationBuilder.DropTable(
                name: "pending_rollup_rebuild");

            migrationBuilder.DropTable(
                name: "period_rollups");

            migrationBuilder.DropTable(
                name: "submission_values");

            migrationBuilder.DropTable(
                name: "submissions");
        }
    }
}

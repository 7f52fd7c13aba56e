using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StoredAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stored_aggregates",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    structure_date = table.Column<DateOnly>(type: "date", nullable: false),
                    stamp_total = table.Column<long>(type: "bigint", nullable: false),
                    stamp_catalog = table.Column<long>(type: "bigint", nullable: false),
                    stamp_submissions = table.Column<long>(type: "bigint", nullable: false),
                    figures = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_aggregates", x => new { x.period, x.structure_date });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stored_aggregates");
        }
    }
}

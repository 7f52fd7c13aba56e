using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoredShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "keep_id",
                table: "stored_aggregates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "stored_shares",
                columns: table => new
                {
                    period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    structure_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    shares = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_shares", x => new { x.period, x.structure_date, x.bucket });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stored_shares");

            migrationBuilder.DropColumn(
                name: "keep_id",
                table: "stored_aggregates");
        }
    }
}

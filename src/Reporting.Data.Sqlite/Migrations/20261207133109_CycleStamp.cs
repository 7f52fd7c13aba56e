using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CycleStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "stamp_cycle",
                table: "stored_aggregates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "stamp_cycle",
                table: "stored_aggregates");
        }
    }
}

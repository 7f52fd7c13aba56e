using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_changes");
        }
    }
}

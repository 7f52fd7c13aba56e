using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.PostgreSql.Migrations
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
                    version = table.Column<long>(type: "bigint", nullable: false),
                    agency_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    first_month = table.Column<int>(type: "integer", nullable: false),
                    last_month = table.Column<int>(type: "integer", nullable: false)
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

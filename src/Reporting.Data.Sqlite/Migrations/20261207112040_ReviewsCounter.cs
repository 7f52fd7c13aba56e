using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewsCounter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "stamp_reviews",
                table: "stored_aggregates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.InsertData(
                table: "data_versions",
                columns: new[] { "name", "version" },
                values: new object[] { "reviews", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "data_versions",
                keyColumn: "name",
                keyValue: "reviews");

            migrationBuilder.DropColumn(
                name: "stamp_reviews",
                table: "stored_aggregates");
        }
    }
}

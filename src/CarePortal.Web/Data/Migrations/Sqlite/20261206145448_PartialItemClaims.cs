using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartialItemClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ItemClaims_RequestItemId",
                table: "ItemClaims");

            migrationBuilder.AddColumn<int>(
                name: "Quantity",
                table: "ItemClaims",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // A claim made before quantities could be shared meets its whole item.
            migrationBuilder.Sql("UPDATE \"ItemClaims\" SET \"Quantity\" = (SELECT i.\"Quantity\" FROM \"RequestItems\" i WHERE i.\"Id\" = \"ItemClaims\".\"RequestItemId\");");

            migrationBuilder.CreateIndex(
                name: "IX_ItemClaims_RequestItemId_ChurchId",
                table: "ItemClaims",
                columns: new[] { "RequestItemId", "ChurchId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ItemClaims_RequestItemId_ChurchId",
                table: "ItemClaims");

            migrationBuilder.DropColumn(
                name: "Quantity",
                table: "ItemClaims");

            migrationBuilder.CreateIndex(
                name: "IX_ItemClaims_RequestItemId",
                table: "ItemClaims",
                column: "RequestItemId",
                unique: true);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChampionStandingOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ChurchId",
                table: "ChurchOffer",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "ChampionId",
                table: "ChurchOffer",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChurchOffer_ChampionId",
                table: "ChurchOffer",
                column: "ChampionId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ChurchOffer_OneOfferer",
                table: "ChurchOffer",
                sql: "(\"ChurchId\" IS NULL) <> (\"ChampionId\" IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_ChurchOffer_Champion_ChampionId",
                table: "ChurchOffer",
                column: "ChampionId",
                principalTable: "Champion",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ChurchOffer_Champion_ChampionId",
                table: "ChurchOffer");

            migrationBuilder.DropIndex(
                name: "IX_ChurchOffer_ChampionId",
                table: "ChurchOffer");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ChurchOffer_OneOfferer",
                table: "ChurchOffer");

            migrationBuilder.DropColumn(
                name: "ChampionId",
                table: "ChurchOffer");

            migrationBuilder.AlterColumn<int>(
                name: "ChurchId",
                table: "ChurchOffer",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}

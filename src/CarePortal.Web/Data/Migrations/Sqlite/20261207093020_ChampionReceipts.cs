using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChampionReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReceiptContentType",
                table: "ChampionOffer",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReceiptFileId",
                table: "ChampionOffer",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiptFileName",
                table: "ChampionOffer",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceiptUploadedAt",
                table: "ChampionOffer",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReceiptContentType",
                table: "ChampionOffer");

            migrationBuilder.DropColumn(
                name: "ReceiptFileId",
                table: "ChampionOffer");

            migrationBuilder.DropColumn(
                name: "ReceiptFileName",
                table: "ChampionOffer");

            migrationBuilder.DropColumn(
                name: "ReceiptUploadedAt",
                table: "ChampionOffer");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReceiptFileId",
                table: "ChampionOffer",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceiptFileName",
                table: "ChampionOffer",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReceiptUploadedAt",
                table: "ChampionOffer",
                type: "timestamp with time zone",
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

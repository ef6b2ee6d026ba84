using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoworkerReads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CoworkerReadFirstRequests",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<string>(
                name: "CoworkerReadPolicy",
                table: "Organisations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Off");

            migrationBuilder.CreateTable(
                name: "CoworkerReads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CareRequestId = table.Column<int>(type: "integer", nullable: false),
                    AskedById = table.Column<string>(type: "text", nullable: false),
                    ReaderId = table.Column<string>(type: "text", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoworkerReads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoworkerReads_AspNetUsers_AskedById",
                        column: x => x.AskedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoworkerReads_AspNetUsers_ReaderId",
                        column: x => x.ReaderId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoworkerReads_Requests_CareRequestId",
                        column: x => x.CareRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoworkerReads_AskedById",
                table: "CoworkerReads",
                column: "AskedById");

            migrationBuilder.CreateIndex(
                name: "IX_CoworkerReads_CareRequestId",
                table: "CoworkerReads",
                column: "CareRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CoworkerReads_ReaderId_ReadAt",
                table: "CoworkerReads",
                columns: new[] { "ReaderId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoworkerReads");

            migrationBuilder.DropColumn(
                name: "CoworkerReadFirstRequests",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CoworkerReadPolicy",
                table: "Organisations");
        }
    }
}

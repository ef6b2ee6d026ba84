using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FamilyVoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FamilyAsks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CareRequestId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentById = table.Column<string>(type: "text", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyAsks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyAsks_AspNetUsers_SentById",
                        column: x => x.SentById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyAsks_Requests_CareRequestId",
                        column: x => x.CareRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyContacts",
                columns: table => new
                {
                    CareRequestId = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ConsentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConsentById = table.Column<string>(type: "text", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyContacts", x => x.CareRequestId);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_AspNetUsers_ConsentById",
                        column: x => x.ConsentById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FamilyContacts_Requests_CareRequestId",
                        column: x => x.CareRequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyAnswers",
                columns: table => new
                {
                    FamilyAskId = table.Column<long>(type: "bigint", nullable: false),
                    CareRequestId = table.Column<int>(type: "integer", nullable: false),
                    Arrived = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MeetAgain = table.Column<bool>(type: "boolean", nullable: false),
                    ThankChurch = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyAnswers", x => x.FamilyAskId);
                    table.ForeignKey(
                        name: "FK_FamilyAnswers_FamilyAsks_FamilyAskId",
                        column: x => x.FamilyAskId,
                        principalTable: "FamilyAsks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FamilyAnswers_CareRequestId",
                table: "FamilyAnswers",
                column: "CareRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyAsks_CareRequestId",
                table: "FamilyAsks",
                column: "CareRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyAsks_SentById",
                table: "FamilyAsks",
                column: "SentById");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyAsks_TokenHash",
                table: "FamilyAsks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_ConsentById",
                table: "FamilyContacts",
                column: "ConsentById");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyContacts_ErasedAt",
                table: "FamilyContacts",
                column: "ErasedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FamilyAnswers");

            migrationBuilder.DropTable(
                name: "FamilyContacts");

            migrationBuilder.DropTable(
                name: "FamilyAsks");
        }
    }
}

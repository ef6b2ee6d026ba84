using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CareRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentById = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    CareRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentById = table.Column<string>(type: "TEXT", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    FamilyAskId = table.Column<long>(type: "INTEGER", nullable: false),
                    CareRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Arrived = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MeetAgain = table.Column<bool>(type: "INTEGER", nullable: false),
                    ThankChurch = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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

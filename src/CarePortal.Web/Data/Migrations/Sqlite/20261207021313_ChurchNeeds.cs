using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChurchNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChurchNeed",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChurchId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    PostedById = table.Column<string>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PrivateNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MetAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MetById = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurchNeed", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChurchNeed_AspNetUsers_MetById",
                        column: x => x.MetById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChurchNeed_AspNetUsers_PostedById",
                        column: x => x.PostedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChurchNeed_Organisations_ChurchId",
                        column: x => x.ChurchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChurchNeed_Organisations_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ChurchNeedNoteRead",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChurchNeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurchNeedNoteRead", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChurchNeedNoteRead_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChurchNeedNoteRead_ChurchNeed_ChurchNeedId",
                        column: x => x.ChurchNeedId,
                        principalTable: "ChurchNeed",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChurchNeedResponse",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChurchNeedId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurchNeedResponse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChurchNeedResponse_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChurchNeedResponse_ChurchNeed_ChurchNeedId",
                        column: x => x.ChurchNeedId,
                        principalTable: "ChurchNeed",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeed_ChurchId_PostedAt",
                table: "ChurchNeed",
                columns: new[] { "ChurchId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeed_MetById",
                table: "ChurchNeed",
                column: "MetById");

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeed_PostedById",
                table: "ChurchNeed",
                column: "PostedById");

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeed_TeamId",
                table: "ChurchNeed",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeedNoteRead_ChurchNeedId",
                table: "ChurchNeedNoteRead",
                column: "ChurchNeedId");

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeedNoteRead_UserId",
                table: "ChurchNeedNoteRead",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeedResponse_ChurchNeedId_UserId",
                table: "ChurchNeedResponse",
                columns: new[] { "ChurchNeedId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChurchNeedResponse_UserId",
                table: "ChurchNeedResponse",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChurchNeedNoteRead");

            migrationBuilder.DropTable(
                name: "ChurchNeedResponse");

            migrationBuilder.DropTable(
                name: "ChurchNeed");
        }
    }
}

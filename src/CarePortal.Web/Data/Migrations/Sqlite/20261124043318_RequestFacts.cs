using CarePortal.Web.Features.Reports;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequestFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AgencyId_OpenedAt",
                table: "Requests");

            migrationBuilder.CreateTable(
                name: "ChurchFacts",
                columns: table => new
                {
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChurchId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CountedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChurchFacts", x => new { x.RequestId, x.ChurchId });
                    table.ForeignKey(
                        name: "FK_ChurchFacts_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestFacts",
                columns: table => new
                {
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CountedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    Cents = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    ChildOutcomes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestFacts", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_RequestFacts_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The facts of every existing request, by the same statement that keeps them after each save (before the indexes: faster).
            migrationBuilder.Sql(RequestFactsSql.BackfillBeforeClaimQuantities(SqlDialect.Sqlite));

            migrationBuilder.CreateIndex(
                name: "IX_ChurchFacts_AgencyId_CountedAt",
                table: "ChurchFacts",
                columns: new[] { "AgencyId", "CountedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChurchFacts_ChurchId_CountedAt",
                table: "ChurchFacts",
                columns: new[] { "ChurchId", "CountedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_CountedAt",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "CountedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChurchFacts");

            migrationBuilder.DropTable(
                name: "RequestFacts");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AgencyId_OpenedAt",
                table: "Requests",
                columns: new[] { "AgencyId", "OpenedAt" });
        }
    }
}

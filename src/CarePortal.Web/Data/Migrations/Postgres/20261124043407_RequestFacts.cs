using System;
using CarePortal.Web.Features.Reports;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
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
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    ChurchId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: false),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    Need = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CountedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Children = table.Column<int>(type: "integer", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "double precision", nullable: true)
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
                    RequestId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: false),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    Need = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CountedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Children = table.Column<int>(type: "integer", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false),
                    FirstResponseSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    ChildOutcomes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
            migrationBuilder.Sql(RequestFactsSql.BackfillBeforeClaimQuantities(SqlDialect.Postgres));

            migrationBuilder.CreateIndex(
                name: "IX_ChurchFacts_AgencyId_CountedAt",
                table: "ChurchFacts",
                columns: new[] { "AgencyId", "CountedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "ChurchId", "RegionId", "CountyId", "OfficeId", "Need", "State", "Children", "Cents" });

            migrationBuilder.CreateIndex(
                name: "IX_ChurchFacts_ChurchId_CountedAt",
                table: "ChurchFacts",
                columns: new[] { "ChurchId", "CountedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Cents", "FirstResponseSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_CountedAt",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "CountedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "RegionId", "CountyId", "OfficeId", "Need", "State", "Children", "Cents", "FirstResponseSeconds", "Rating", "ChildOutcomes" });

            migrationBuilder.Sql("ANALYZE \"RequestFacts\"; ANALYZE \"ChurchFacts\";");
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
                columns: new[] { "AgencyId", "OpenedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "State", "RegionId", "CountyId", "OfficeId", "Need", "Rating", "ChildOutcomes" });
        }
    }
}

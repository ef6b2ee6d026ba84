using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RollupMonths",
                columns: table => new
                {
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupMonths", x => new { x.AgencyId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "RollupRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Rated = table.Column<bool>(type: "boolean", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: false),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    Need = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    ChildOutcomes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Requests = table.Column<long>(type: "bigint", nullable: false),
                    Children = table.Column<long>(type: "bigint", nullable: false),
                    Cents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupRows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaleFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    CountedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaleFacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RollupRows_AgencyId_Month",
                table: "RollupRows",
                columns: new[] { "AgencyId", "Month" })
                .Annotation("Npgsql:IndexInclude", new[] { "Rated", "RegionId", "CountyId", "OfficeId", "Need", "State", "Rating", "ChildOutcomes", "Requests", "Children", "Cents" });

            migrationBuilder.CreateIndex(
                name: "IX_StaleFacts_AgencyId_CountedAt",
                table: "StaleFacts",
                columns: new[] { "AgencyId", "CountedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RollupMonths");

            migrationBuilder.DropTable(
                name: "RollupRows");

            migrationBuilder.DropTable(
                name: "StaleFacts");
        }
    }
}

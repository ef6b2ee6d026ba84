using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CountyEscalationReach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EscalationChurches",
                table: "CountySettings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "EscalationRadiusMiles",
                table: "CountySettings",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EscalationChurches",
                table: "CountySettings");

            migrationBuilder.DropColumn(
                name: "EscalationRadiusMiles",
                table: "CountySettings");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestFactsByRequest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_CountedAt_RequestId",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "CountedAt", "RequestId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_AgencyId_CountedAt_RequestId",
                table: "RequestFacts");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestFactsStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The report groups the facts by county, office, need and state, and by state, rating and outcomes, in one pass
            // (GROUPING SETS). Alone, PostgreSQL multiplies the columns' distinct counts, expects as many groups as rows and
            // sorts them on disk; these statistics tell it the groups are few, so it hashes them (docs/reports.md, the plans).
            migrationBuilder.Sql("""
                CREATE STATISTICS "ST_RequestFacts_Cube" (ndistinct) ON "CountyId", "OfficeId", "Need", "State" FROM "RequestFacts";
                CREATE STATISTICS "ST_RequestFacts_Ratings" (ndistinct) ON "State", "Rating", "ChildOutcomes" FROM "RequestFacts";
                ANALYZE "RequestFacts";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP STATISTICS IF EXISTS "ST_RequestFacts_Cube";
                DROP STATISTICS IF EXISTS "ST_RequestFacts_Ratings";
                """);
        }
    }
}

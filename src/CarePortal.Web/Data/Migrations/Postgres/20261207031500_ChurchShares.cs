using CarePortal.Web.Features.Reports;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePortal.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Rewrites every request's facts now that a church's part of an item is its claim's share of what was given: before,
    /// churches sharing an item ("2 of 4 coats") were each credited with all of it. No change to the model.
    /// </summary>
    [DbContext(typeof(PostgresAppDbContext))]
    [Migration("20261207031500_ChurchShares")]
    public class ChurchShares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(RequestFactsSql.Backfill(SqlDialect.Postgres));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(RequestFactsSql.BackfillBeforeClaimQuantities(SqlDialect.Postgres));
    }
}

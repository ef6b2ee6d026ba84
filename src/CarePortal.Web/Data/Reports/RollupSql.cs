using System.Globalization;
using CarePortal.Web.Features.Reports;

namespace CarePortal.Web.Data;

/// <summary>The statements of the monthly rollup (<see cref="ReportRollup"/>): which months are due, and building one.</summary>
public sealed class RollupSql(SqlDialect dialect)
{
    /// <summary>
    /// Of the months of <paramref name="months"/> (one agency, whole months), those not built in its zone, or with a fact that
    /// changed since they were built.
    /// </summary>
    public string Due(ReportMonths months)
    {
        var agency = months.Agencies.Single().ToString(CultureInfo.InvariantCulture);
        var rows = string.Join(", ", months.Labels.Select((label, i) => $"('{label}', {dialect.Time(months.Boundaries[i])}, {dialect.Time(months.Boundaries[i + 1])})"));
        return $"""
            WITH m ("Month", "Start", "End") AS (VALUES {rows})
            SELECT m."Month" FROM m
            WHERE NOT EXISTS (SELECT 1 FROM "RollupMonths" b WHERE b."AgencyId" = {agency} AND b."Month" = m."Month" AND b."TimeZone" = {ReportSql.Text(months.TimeZoneId)})
               OR EXISTS (SELECT 1 FROM "StaleFacts" s WHERE s."AgencyId" = {agency} AND s."CountedAt" >= m."Start" AND s."CountedAt" < m."End")
            ORDER BY m."Month"
            """;
    }

    /// <summary>The first instant the agency has a fact or a stale marker at: its months start there.</summary>
    public static string First(int agency) => $"""
        SELECT MIN(x."At") FROM (
          SELECT MIN("CountedAt") AS "At" FROM "RequestFacts" WHERE "AgencyId" = {agency.ToString(CultureInfo.InvariantCulture)}
          UNION ALL
          SELECT MIN("CountedAt") FROM "StaleFacts" WHERE "AgencyId" = {agency.ToString(CultureInfo.InvariantCulture)}
        ) x
        """;

    /// <summary>
    /// Rebuilds month <paramref name="index"/> of <paramref name="months"/>. The markers of the month are deleted <em>first</em>, so
    /// every marker deleted was committed before the facts are read by the next statement (in READ COMMITTED each statement sees
    /// what was committed when it began): a change not yet committed keeps its marker, and the month stays read from the facts.
    /// </summary>
    public string Build(ReportMonths months, int index, DateTimeOffset now)
    {
        var agency = months.Agencies.Single().ToString(CultureInfo.InvariantCulture);
        var label = $"'{months.Labels[index]}'";
        var range = $"\"AgencyId\" = {agency} AND \"CountedAt\" >= {dialect.Time(months.Boundaries[index])} AND \"CountedAt\" < {dialect.Time(months.Boundaries[index + 1])}";
        const string columns = "(\"AgencyId\", \"Month\", \"Rated\", \"RegionId\", \"CountyId\", \"OfficeId\", \"Need\", \"State\", \"Rating\", \"ChildOutcomes\", \"Requests\", \"Children\", \"Cents\")";
        const string measures = "COUNT(*), SUM(\"Children\"), SUM(\"Cents\")";
        return $"""
            DELETE FROM "StaleFacts" WHERE {range};
            DELETE FROM "RollupRows" WHERE "AgencyId" = {agency} AND "Month" = {label};
            INSERT INTO "RollupRows" {columns}
            SELECT {agency}, {label}, {dialect.Bool(false)}, "RegionId", "CountyId", "OfficeId", "Need", "State", NULL, NULL, {measures}
            FROM "RequestFacts" WHERE {range}
            GROUP BY "RegionId", "CountyId", "OfficeId", "Need", "State";
            INSERT INTO "RollupRows" {columns}
            SELECT {agency}, {label}, {dialect.Bool(true)}, "RegionId", "CountyId", "OfficeId", NULL, "State", "Rating", "ChildOutcomes", {measures}
            FROM "RequestFacts" WHERE {range} AND "State" IN ({ReportSql.FullyMet}, {ReportSql.PartlyMet})
            GROUP BY "RegionId", "CountyId", "OfficeId", "State", "Rating", "ChildOutcomes";
            DELETE FROM "RollupMonths" WHERE "AgencyId" = {agency} AND "Month" = {label};
            INSERT INTO "RollupMonths" ("AgencyId", "Month", "TimeZone", "BuiltAt") VALUES ({agency}, {label}, {ReportSql.Text(months.TimeZoneId)}, {dialect.Time(now)});
            """;
    }
}

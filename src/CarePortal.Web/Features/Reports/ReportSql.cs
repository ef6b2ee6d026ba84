using System.Globalization;
using System.Text;

namespace CarePortal.Web.Features.Reports;

/// <summary>
/// The report's SQL, one GROUP BY per table so that the database does the counting. Every statement starts from the
/// cohort <c>f</c>: the requests opened in the range (expired ones by when they were submitted), cancelled ones left out.
/// Literals here are numbers and instants the code made; the one text a person gives (the need) is a parameter.
/// </summary>
public sealed class ReportSql(SqlDialect dialect, IReadOnlyList<string> conditions, IReadOnlyList<ReportMonths> zones, IReadOnlyList<int>? churches)
{
    public const string FullyMet = "'ClosedFullyMet'";
    public const string PartlyMet = "'ClosedPartiallyMet'";
    public const string NotMet = "'ClosedNotMet'";
    public const string Expired = "'ExpiredNotApproved'";
    private const string Met = "f.\"State\" IN (" + FullyMet + ", " + PartlyMet + ")";

    public string Cohort()
    {
        var where = string.Concat(conditions.Select(c => " AND " + c));
        const string columns = "r.\"Id\", r.\"AgencyId\", r.\"RegionId\", r.\"CountyId\", r.\"OfficeId\", r.\"Need\", r.\"State\", r.\"Rating\", r.\"ChildOutcomes\", r.\"OpenedAt\"";
        return $"""
            WITH f AS (
              SELECT {columns}, {Month("r.\"OpenedAt\"")} AS "Month" FROM "Requests" r
              WHERE r."State" NOT IN ('Cancelled', {Expired}) AND {Window("r.\"OpenedAt\"")}{where}
              UNION ALL
              SELECT {columns}, {Month("r.\"SubmittedAt\"")} AS "Month" FROM "Requests" r
              WHERE r."State" = {Expired} AND {Window("r.\"SubmittedAt\"")}{where}
            )
            """;
    }

    /// <summary>Counts and sums by month, agency, region, county, office and need: small enough to add up into every table.</summary>
    public string Cube() => $"""
        {Cohort()},
        {Children()},
        {Values()}
        SELECT f."Month", f."AgencyId", f."RegionId", f."CountyId", COALESCE(f."OfficeId", 0) AS "OfficeId", f."Need",
          SUM(CASE WHEN f."State" <> {Expired} THEN 1 ELSE 0 END) AS "Opened",
          SUM(CASE WHEN f."State" = {FullyMet} THEN 1 ELSE 0 END) AS "FullyMet",
          SUM(CASE WHEN f."State" = {PartlyMet} THEN 1 ELSE 0 END) AS "PartlyMet",
          SUM(CASE WHEN f."State" = {NotMet} THEN 1 ELSE 0 END) AS "NotMet",
          SUM(CASE WHEN f."State" = {Expired} THEN 1 ELSE 0 END) AS "Expired",
          SUM(CASE WHEN {Met} THEN COALESCE(k."N", 1) ELSE 0 END) AS "Children",
          SUM(COALESCE(v."Cents", 0)) AS "Cents"
        FROM f LEFT JOIN k ON k."Id" = f."Id" LEFT JOIN v ON v."Id" = f."Id"
        GROUP BY f."Month", f."AgencyId", f."RegionId", f."CountyId", COALESCE(f."OfficeId", 0), f."Need"
        """;

    /// <summary>How many requests had a response, and the median and 90th percentile (nearest rank) of the seconds to the first.</summary>
    public string ResponseTimes() => $"""
        {Cohort()},
        firsts AS (
          SELECT {dialect.SecondsBetween("MIN(cr.\"At\")", "f.\"OpenedAt\"")} AS "S"
          FROM f JOIN "ChurchResponses" cr ON cr."CareRequestId" = f."Id" AND cr."At" >= f."OpenedAt"{ChurchOf("cr")}
          WHERE f."State" <> {Expired}
          GROUP BY f."Id", f."OpenedAt"
        ),
        ranked AS (SELECT "S", ROW_NUMBER() OVER (ORDER BY "S") AS "Rank", COUNT(*) OVER () AS "Total" FROM firsts)
        SELECT COUNT(*) AS "Requests",
          MIN(CASE WHEN "Rank" * 2 >= "Total" THEN "S" END) AS "Median",
          MIN(CASE WHEN "Rank" * 10 >= "Total" * 9 THEN "S" END) AS "P90"
        FROM ranked
        """;

    /// <summary>Met requests by rating and by the outcomes recorded for the child (a comma-separated list).</summary>
    public string RatingsAndOutcomes() => $"""
        {Cohort()}
        SELECT f."Rating", f."ChildOutcomes", COUNT(*) AS "Requests" FROM f WHERE {Met} GROUP BY f."Rating", f."ChildOutcomes"
        """;

    /// <summary>Per church: the requests it responded to, how they ended, the children they served and the value of the items it gave.</summary>
    public string Churches() => $"""
        {Cohort()},
        {Children()},
        resp AS (SELECT DISTINCT cr."ChurchId", cr."CareRequestId" FROM "ChurchResponses" cr WHERE cr."CareRequestId" IN (SELECT "Id" FROM f){ChurchOf("cr")}),
        given AS (
          SELECT ic."ChurchId", SUM({dialect.Cents("i.\"UnitValue\"")} * COALESCE(i."QuantityGiven", i."Quantity")) AS "Cents"
          FROM "ItemClaims" ic JOIN "RequestItems" i ON i."Id" = ic."RequestItemId"
          JOIN f ON f."Id" = ic."CareRequestId" AND {Met}{ChurchOf("ic")}
          GROUP BY ic."ChurchId"
        )
        SELECT resp."ChurchId",
          SUM(CASE WHEN f."State" <> {Expired} THEN 1 ELSE 0 END) AS "Opened",
          SUM(CASE WHEN f."State" = {FullyMet} THEN 1 ELSE 0 END) AS "FullyMet",
          SUM(CASE WHEN f."State" = {PartlyMet} THEN 1 ELSE 0 END) AS "PartlyMet",
          SUM(CASE WHEN f."State" = {NotMet} THEN 1 ELSE 0 END) AS "NotMet",
          SUM(CASE WHEN {Met} THEN COALESCE(k."N", 1) ELSE 0 END) AS "Children",
          COALESCE(MAX(given."Cents"), 0) AS "Cents"
        FROM resp JOIN f ON f."Id" = resp."CareRequestId" LEFT JOIN k ON k."Id" = f."Id" LEFT JOIN given ON given."ChurchId" = resp."ChurchId"
        GROUP BY resp."ChurchId"
        """;

    /// <summary>Connections that went on from the cohort's requests, by kind: still going 30, 90 and 180 days on, asked, and the caseworkers' answers.</summary>
    public string Connections(DateOnly today)
    {
        var stages = new StringBuilder();
        var answers = new StringBuilder();
        foreach (var (days, index) in ConnectionFigures.Days.Select((d, i) => (d, i)))
        {
            var due = $"c.\"StartedOn\" <= {dialect.Day(today.AddDays(-days))}";
            var n = days.ToString(CultureInfo.InvariantCulture);
            stages.Append(CultureInfo.InvariantCulture, $",\n  SUM(CASE WHEN {due} THEN 1 ELSE 0 END) AS \"Due{n}\"");
            stages.Append(CultureInfo.InvariantCulture, $",\n  SUM(CASE WHEN {due} AND (c.\"EndedOn\" IS NULL OR c.\"EndedOn\" >= {dialect.AddDays("c.\"StartedOn\"", days)}) THEN 1 ELSE 0 END) AS \"Lasted{n}\"");
            stages.Append(CultureInfo.InvariantCulture, $",\n  SUM(CASE WHEN c.\"FollowUpsSent\" > {index.ToString(CultureInfo.InvariantCulture)} THEN 1 ELSE 0 END) AS \"Asked{n}\"");
            stages.Append(CultureInfo.InvariantCulture, $",\n  SUM(COALESCE(a.\"Answered{n}\", 0)) AS \"Answered{n}\", SUM(COALESCE(a.\"Home{n}\", 0)) AS \"Home{n}\", SUM(COALESCE(a.\"On{n}\", 0)) AS \"On{n}\"");
            answers.Append(CultureInfo.InvariantCulture, $", MAX(CASE WHEN x.\"Days\" = {n} THEN 1 ELSE 0 END) AS \"Answered{n}\"");
            answers.Append(CultureInfo.InvariantCulture, $", MAX(CASE WHEN x.\"Days\" = {n} AND x.\"StillSafelyHome\" THEN 1 ELSE 0 END) AS \"Home{n}\"");
            answers.Append(CultureInfo.InvariantCulture, $", MAX(CASE WHEN x.\"Days\" = {n} AND x.\"ConnectionGoesOn\" THEN 1 ELSE 0 END) AS \"On{n}\"");
        }

        return $"""
            {Cohort()}
            SELECT c."Kind", COUNT(*) AS "Connections", SUM(CASE WHEN c."EndedOn" IS NULL THEN 1 ELSE 0 END) AS "Ongoing"{stages}
            FROM "Connections" c
            LEFT JOIN (SELECT x."ConnectionId"{answers} FROM "FollowUpAnswers" x GROUP BY x."ConnectionId") a ON a."ConnectionId" = c."Id"
            WHERE c."CareRequestId" IN (SELECT "Id" FROM f){ChurchOf("c")}
            GROUP BY c."Kind"
            """;
    }

    /// <summary>Open or paused requests whose last church response is older than <paramref name="before"/>, oldest first.</summary>
    public string Unclosed(DateTimeOffset before, int limit)
    {
        var where = string.Concat(conditions.Select(c => " AND " + c));
        return $"""
            SELECT r."Id", r."Need", r."AgencyId", r."CountyId", COALESCE(r."OfficeId", 0) AS "OfficeId", r."OpenedAt", MAX(cr."At") AS "LastResponse"
            FROM "Requests" r JOIN "ChurchResponses" cr ON cr."CareRequestId" = r."Id"
            WHERE r."State" IN ('Open', 'Paused'){where}
            GROUP BY r."Id", r."Need", r."AgencyId", r."CountyId", COALESCE(r."OfficeId", 0), r."OpenedAt"
            HAVING MAX(cr."At") < {dialect.Time(before)}
            ORDER BY MAX(cr."At"), r."Id"
            LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
    }

    /// <summary>Children of met requests (a met request with no child recorded counts as one: see docs/reports.md).</summary>
    private static string Children() => $"""
        k AS (SELECT c."CareRequestId" AS "Id", COUNT(*) AS "N" FROM "RequestChildren" c
              JOIN f ON f."Id" = c."CareRequestId" AND {Met} GROUP BY c."CareRequestId")
        """;

    /// <summary>What was actually given (the quantity given after a partial close); for a church, only the items it claimed.</summary>
    private string Values()
    {
        var claimed = churches is null ? "" : $" JOIN \"ItemClaims\" ic ON ic.\"RequestItemId\" = i.\"Id\"{ChurchOf("ic")}";
        return $"""
            v AS (SELECT i."CareRequestId" AS "Id", SUM({dialect.Cents("i.\"UnitValue\"")} * COALESCE(i."QuantityGiven", i."Quantity")) AS "Cents"
                  FROM "RequestItems" i{claimed}
                  JOIN f ON f."Id" = i."CareRequestId" AND {Met} GROUP BY i."CareRequestId")
            """;
    }

    private string ChurchOf(string alias) => churches is null ? "" : $" AND {alias}.\"ChurchId\" IN ({Ids(churches)})";

    private string Window(string column) => Zoned(z => $"{column} >= {dialect.Time(z.Start)} AND {column} < {dialect.Time(z.End)}", " OR ", "FALSE");

    private string Month(string column) => zones.Count == 1
        ? MonthIn(zones[0], column)
        : "CASE " + string.Concat(zones.Select(z => $"WHEN r.\"AgencyId\" IN ({Ids(z.Agencies)}) THEN {MonthIn(z, column)} ")) + "END";

    private string MonthIn(ReportMonths zone, string column)
    {
        if (zone.Labels.Count == 1)
        {
            return $"'{zone.Labels[0]}'";
        }

        var cases = new StringBuilder("CASE");
        for (var i = 0; i < zone.Labels.Count - 1; i++)
        {
            cases.Append(CultureInfo.InvariantCulture, $" WHEN {column} < {dialect.Time(zone.Boundaries[i + 1])} THEN '{zone.Labels[i]}'");
        }

        return cases.Append(CultureInfo.InvariantCulture, $" ELSE '{zone.Labels[^1]}' END").ToString();
    }

    private string Zoned(Func<ReportMonths, string> condition, string separator, string none) => zones.Count switch
    {
        0 => none,
        1 => condition(zones[0]),
        _ => "(" + string.Join(separator, zones.Select(z => $"(r.\"AgencyId\" IN ({Ids(z.Agencies)}) AND {condition(z)})")) + ")",
    };

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}

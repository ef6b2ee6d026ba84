using System.Globalization;
using System.Text;
using CarePortal.Web.Features.Reports;

namespace CarePortal.Web.Data;

/// <summary>
/// The report's SQL, one GROUP BY per table so that the database does the counting. Every statement reads the facts kept
/// at write time (<see cref="RequestFact"/>, <see cref="ChurchFact"/>), never items, children, responses or claims, and starts
/// from the cohort <c>f</c>: the requests counted in the range (opened, or submitted for expired ones); cancelled ones have no facts.
/// Literals here are numbers and instants the code made; the one text a person gives (the need) is a parameter.
/// </summary>
/// <param name="rollup">Whether the summary may read whole months from the rollup (not for a church's cohort or a need: the rollup has neither).</param>
public sealed class ReportSql(SqlDialect dialect, IReadOnlyList<string> conditions, IReadOnlyList<ReportMonths> zones, IReadOnlyList<int>? churches, bool rollup = false)
{
    public const string FullyMet = "'ClosedFullyMet'";
    public const string PartlyMet = "'ClosedPartiallyMet'";
    public const string NotMet = "'ClosedNotMet'";
    public const string Expired = "'ExpiredNotApproved'";
    private const string Met = "f.\"State\" IN (" + FullyMet + ", " + PartlyMet + ")";

    /// <summary>
    /// The cohort. For a church (its own view, or filtered by church) only the requests it responded to, valued by the
    /// items it claimed and timed by its own first response (the least of them when a person serves two churches).
    /// Each row gets its month from <c>m</c>, the months of its agency's time zone as instants.
    /// </summary>
    /// <param name="unrolled">Only the months not read from the rollup (<c>k</c>, see <see cref="Summary"/>).</param>
    public string Cohort(bool unrolled = false)
    {
        var (cents, first, join) = churches is null
            ? ("r.\"Cents\"", "r.\"FirstResponseSeconds\"", "")
            : ("c.\"Cents\"", "c.\"FirstResponseSeconds\"", $"""

                JOIN (SELECT x."RequestId", SUM(x."Cents") AS "Cents", MIN(x."FirstResponseSeconds") AS "FirstResponseSeconds" FROM "ChurchFacts" x
                      WHERE x."ChurchId" IN ({Ids(churches)}) GROUP BY x."RequestId") c ON c."RequestId" = r."RequestId"
                """);
        var months = unrolled ? "k m" : "m";
        return $"""
            WITH m ("AgencyId", "Month", "Start", "End", "Zone", "Whole") AS (VALUES {MonthRows()}),{(unrolled ? RolledMonths() : "")}
            f AS (
              SELECT r."RequestId" AS "Id", r."AgencyId", r."CountyId", r."OfficeId", r."Need", r."State", r."Rating", r."ChildOutcomes",
                r."Children", {cents} AS "Cents", {first} AS "FirstResponseSeconds", m."Month"
              FROM "RequestFacts" r JOIN {months} ON m."AgencyId" = r."AgencyId" AND r."CountedAt" >= m."Start" AND r."CountedAt" < m."End"{(unrolled ? " AND m.\"Rolled\" = 0" : "")}{join}
              WHERE {Window("r.\"CountedAt\"")}{Where()}
            )
            """;
    }

    /// <summary>
    /// In one pass over the cohort: requests, children and value by month, county, office, need and state (small enough to
    /// add up into every table but churches; region and agency follow from the county), and met requests by rating and outcomes.
    /// Column <c>Set</c> says which: 1 the first, 0 the second. With the rollup, whole months that are built in the agency's
    /// current zone and have no stale fact are read from <c>RollupRows</c> instead of the facts, and both are added up.
    /// </summary>
    public string Summary()
    {
        const string measures = "COUNT(*) AS \"Requests\", SUM(f.\"Children\") AS \"Children\", SUM(f.\"Cents\") AS \"Cents\"";
        var facts = dialect.GroupingSets
            ? $"""
                SELECT GROUPING(f."Rating") AS "Set", f."Month", f."CountyId", f."OfficeId", f."Need", f."State", f."Rating", f."ChildOutcomes", {measures}
                FROM f
                GROUP BY GROUPING SETS ((f."Month", f."CountyId", f."OfficeId", f."Need", f."State"), (f."State", f."Rating", f."ChildOutcomes"))
                """
            : $"""
                SELECT 1 AS "Set", f."Month", f."CountyId", f."OfficeId", f."Need", f."State", NULL AS "Rating", NULL AS "ChildOutcomes", {measures}
                FROM f GROUP BY f."Month", f."CountyId", f."OfficeId", f."Need", f."State"
                UNION ALL
                SELECT 0, NULL, NULL, NULL, NULL, f."State", f."Rating", f."ChildOutcomes", {measures}
                FROM f GROUP BY f."State", f."Rating", f."ChildOutcomes"
                """;
        if (!rollup)
        {
            return $"{Cohort()}\n{facts}";
        }

        return $"""
            {Cohort(unrolled: true)}
            SELECT s."Set", s."Month", s."CountyId", s."OfficeId", s."Need", s."State", s."Rating", s."ChildOutcomes",
              SUM(s."Requests") AS "Requests", SUM(s."Children") AS "Children", SUM(s."Cents") AS "Cents"
            FROM (
            {facts}
            UNION ALL
            SELECT CASE WHEN x."Rated" THEN 0 ELSE 1 END, CASE WHEN x."Rated" THEN NULL ELSE x."Month" END,
              CASE WHEN x."Rated" THEN NULL ELSE x."CountyId" END, CASE WHEN x."Rated" THEN NULL ELSE x."OfficeId" END,
              x."Need", x."State", x."Rating", x."ChildOutcomes", x."Requests", x."Children", x."Cents"
            FROM "RollupRows" x JOIN k ON k."AgencyId" = x."AgencyId" AND k."Month" = x."Month" AND k."Rolled" = 1
            WHERE 1 = 1{Where("x")}
            ) s
            GROUP BY s."Set", s."Month", s."CountyId", s."OfficeId", s."Need", s."State", s."Rating", s."ChildOutcomes"
            """;
    }

    /// <summary>
    /// <c>k</c>: each month of <c>m</c>, rolled (1) when it is whole in the range, built in the zone the report counts in, and no
    /// fact counted in it has changed since (no <see cref="StaleFact"/>); in the same statement, so one snapshot decides.
    /// </summary>
    private static string RolledMonths() => """

        k AS (
          SELECT m."AgencyId", m."Month", m."Start", m."End",
            CASE WHEN m."Whole" = 1
              AND EXISTS (SELECT 1 FROM "RollupMonths" b WHERE b."AgencyId" = m."AgencyId" AND b."Month" = m."Month" AND b."TimeZone" = m."Zone")
              AND NOT EXISTS (SELECT 1 FROM "StaleFacts" s WHERE s."AgencyId" = m."AgencyId" AND s."CountedAt" >= m."Start" AND s."CountedAt" < m."End")
            THEN 1 ELSE 0 END AS "Rolled"
          FROM m
        ),
        """;

    /// <summary>How many requests had a response, and the median and 90th percentile (nearest rank) of the seconds to the first.</summary>
    public string ResponseTimes() => $"""
        {Cohort()}
        {dialect.NearestRanks("f.\"FirstResponseSeconds\"", $"f WHERE f.\"FirstResponseSeconds\" IS NOT NULL AND f.\"State\" <> {Expired}")}
        """;

    /// <summary>Per church: the requests it responded to, how they ended, the children they served and the value of the items it gave.</summary>
    public string Churches() => $"""
        SELECT f."ChurchId",
          {Counts()},
          SUM(f."Children") AS "Children",
          SUM(f."Cents") AS "Cents"
        FROM "ChurchFacts" f
        WHERE {Window("f.\"CountedAt\"", "f")}{Where("f")}{ChurchOf("f")}
        GROUP BY f."ChurchId"
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

        // Few connections: each finds its request's facts by key, rather than the cohort being read for them.
        var responded = churches is null ? "" : $" AND EXISTS (SELECT 1 FROM \"ChurchFacts\" x WHERE x.\"RequestId\" = r.\"RequestId\"{ChurchOf("x")})";
        return $"""
            SELECT c."Kind", COUNT(*) AS "Connections", SUM(CASE WHEN c."EndedOn" IS NULL THEN 1 ELSE 0 END) AS "Ongoing"{stages}
            FROM "Connections" c
            JOIN "RequestFacts" r ON r."RequestId" = c."CareRequestId"
            LEFT JOIN (SELECT x."ConnectionId"{answers} FROM "FollowUpAnswers" x GROUP BY x."ConnectionId") a ON a."ConnectionId" = c."Id"
            WHERE {Window("r.\"CountedAt\"")}{Where()}{responded}{ChurchOf("c")}
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
            WHERE r."State" IN ('Open', 'Paused'){where}{(churches is null ? "" : $" AND EXISTS (SELECT 1 FROM \"ChurchResponses\" x WHERE x.\"CareRequestId\" = r.\"Id\"{ChurchOf("x")})")}
            GROUP BY r."Id", r."Need", r."AgencyId", r."CountyId", COALESCE(r."OfficeId", 0), r."OpenedAt"
            HAVING MAX(cr."At") < {dialect.Time(before)}
            ORDER BY MAX(cr."At"), r."Id"
            LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
    }

    private static string Counts() => $"""
        SUM(CASE WHEN f."State" <> {Expired} THEN 1 ELSE 0 END) AS "Opened",
          SUM(CASE WHEN f."State" = {FullyMet} THEN 1 ELSE 0 END) AS "FullyMet",
          SUM(CASE WHEN f."State" = {PartlyMet} THEN 1 ELSE 0 END) AS "PartlyMet",
          SUM(CASE WHEN f."State" = {NotMet} THEN 1 ELSE 0 END) AS "NotMet",
          SUM(CASE WHEN f."State" = {Expired} THEN 1 ELSE 0 END) AS "Expired"
        """;

    /// <summary>The scope and filter conditions, written for requests (<c>r</c>), applied to facts with the same column names.</summary>
    private string Where(string alias = "r") => string.Concat(conditions.Select(c => " AND " + (alias == "r" ? c : c.Replace("r.\"", alias + ".\"", StringComparison.Ordinal))));

    private string ChurchOf(string alias) => churches is null ? "" : $" AND {alias}.\"ChurchId\" IN ({Ids(churches)})";

    /// <summary>The range in each zone's agencies: always by agency, so that the (AgencyId, CountedAt) indexes find it.</summary>
    private string Window(string column, string alias = "r") => zones.Count == 0 ? "FALSE"
        : "(" + string.Join(" OR ", zones.Select(z => $"({alias}.\"AgencyId\" IN ({Ids(z.Agencies)}) AND {column} >= {dialect.Time(z.Start)} AND {column} < {dialect.Time(z.End)})")) + ")";

    /// <summary>
    /// One row per agency and month: the agency, the month's label, its first instant, the first instant after it, the zone
    /// (a TimeZoneInfo id, quoted) and whether the range covers the whole month (1) or part of it (0).
    /// </summary>
    private string MonthRows() => zones.Count == 0
        ? $"(0, '', {dialect.Time(DateTimeOffset.UnixEpoch)}, {dialect.Time(DateTimeOffset.UnixEpoch)}, '', 0)"
        : string.Join(", ", zones.SelectMany(z => z.Agencies.SelectMany(agency => z.Labels.Select((label, i) =>
            $"({agency.ToString(CultureInfo.InvariantCulture)}, '{label}', {dialect.Time(z.Boundaries[i])}, {dialect.Time(z.Boundaries[i + 1])}, {Text(z.TimeZoneId)}, {(z.Whole[i] ? 1 : 0)})"))));

    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}

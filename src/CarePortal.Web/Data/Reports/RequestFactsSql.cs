using CarePortal.Web.Features.Reports;

namespace CarePortal.Web.Data;

/// <summary>
/// Makes <see cref="RequestFact"/> and <see cref="ChurchFact"/> rows from the requests, their items, children, responses
/// and claims: for some requests after a save (<see cref="RequestFactsWriter"/>), or for all of them (the migration's
/// backfill, the benchmark's seeder). One statement text for both, so that what is kept and what is backfilled cannot differ.
/// </summary>
public static class RequestFactsSql
{
    private const string Met = "('ClosedFullyMet', 'ClosedPartiallyMet')";
    private const string Expired = "'ExpiredNotApproved'";

    /// <summary>Every request's facts, from scratch.</summary>
    public static string Backfill(SqlDialect dialect) => Refresh(dialect, null);

    /// <summary>
    /// The backfill of the migration that made the facts, which runs before claims had a quantity (PartialItemClaims): a
    /// church's part of an item it claimed was all of it. The ChurchShares migration backfills again by shares.
    /// </summary>
    public static string BackfillBeforeClaimQuantities(SqlDialect dialect) => Refresh(dialect, null, claimQuantities: false);

    /// <summary>Deletes and rewrites the facts of <paramref name="requestIds"/> (all requests when null).</summary>
    public static string Refresh(SqlDialect dialect, IReadOnlyCollection<int>? requestIds) => Refresh(dialect, requestIds, claimQuantities: true);

    private static string Refresh(SqlDialect dialect, IReadOnlyCollection<int>? requestIds, bool claimQuantities)
    {
        var ids = requestIds is null ? null : ReportSql.Ids(requestIds.Order());
        string And(string column) => ids is null ? "" : $" AND {column} IN ({ids})";
        string Where(string column) => ids is null ? "" : $" WHERE {column} IN ({ids})";
        var cents = $"{dialect.Cents("i.\"UnitValue\"")} * COALESCE(i.\"QuantityGiven\", i.\"Quantity\")";
        // A church's part of an item is its claim's share of what was given ("2 of 4 coats", 3 given: 1.5 coats' worth each),
        // so that churches sharing an item are not each credited with all of it.
        var share = claimQuantities
            ? $"{dialect.Cents("i.\"UnitValue\"")} * ic.\"Quantity\" * COALESCE(i.\"QuantityGiven\", i.\"Quantity\") / NULLIF(i.\"Quantity\", 0)"
            : cents;
        // Two saves refreshing one request at once (two churches answering together) take turns on the request's row, so the
        // later one sees the earlier one's rows and neither inserts a fact the other has just inserted.
        var turn = ids is null ? "" : dialect.LockRows("Requests", $"\"Id\" IN ({ids})");
        // The months these facts were and are counted in are no longer read from the rollup (ReportRollup): a marker before the
        // change and one after, in the same transaction. None for a backfill (the migration that added the facts has no rollup yet).
        var stale = ids is null ? "" : $"""
            INSERT INTO "StaleFacts" ("AgencyId", "CountedAt") SELECT "AgencyId", "CountedAt" FROM "RequestFacts" WHERE "RequestId" IN ({ids});
            """;
        return $"""
            {turn}
            {stale}
            DELETE FROM "ChurchFacts"{Where("\"RequestId\"")};
            DELETE FROM "RequestFacts"{Where("\"RequestId\"")};
            INSERT INTO "RequestFacts" ("RequestId", "AgencyId", "RegionId", "CountyId", "OfficeId", "Need", "State", "CountedAt", "Children", "Cents", "FirstResponseSeconds", "Rating", "ChildOutcomes")
            SELECT r."Id", r."AgencyId", r."RegionId", r."CountyId", COALESCE(r."OfficeId", 0), r."Need", r."State",
              CASE WHEN r."State" = {Expired} THEN r."SubmittedAt" ELSE r."OpenedAt" END,
              CASE WHEN r."State" IN {Met} THEN COALESCE(k."N", 1) ELSE 0 END,
              CASE WHEN r."State" IN {Met} THEN COALESCE(v."Cents", 0) ELSE 0 END,
              CASE WHEN r."State" <> {Expired} THEN {dialect.SecondsBetween("fr.\"At\"", "r.\"OpenedAt\"")} END,
              r."Rating", r."ChildOutcomes"
            FROM "Requests" r
            LEFT JOIN (SELECT c."CareRequestId", COUNT(*) AS "N" FROM "RequestChildren" c WHERE 1 = 1{And("c.\"CareRequestId\"")}
                       GROUP BY c."CareRequestId") k ON k."CareRequestId" = r."Id"
            LEFT JOIN (SELECT i."CareRequestId", SUM({cents}) AS "Cents" FROM "RequestItems" i WHERE 1 = 1{And("i.\"CareRequestId\"")}
                       GROUP BY i."CareRequestId") v ON v."CareRequestId" = r."Id"
            LEFT JOIN (SELECT cr."CareRequestId", MIN(cr."At") AS "At" FROM "ChurchResponses" cr
                       JOIN "Requests" q ON q."Id" = cr."CareRequestId" AND cr."At" >= q."OpenedAt" WHERE 1 = 1{And("cr.\"CareRequestId\"")}
                       GROUP BY cr."CareRequestId") fr ON fr."CareRequestId" = r."Id"
            WHERE r."State" NOT IN ('Cancelled', 'Denied')
              AND (CASE WHEN r."State" = {Expired} THEN r."SubmittedAt" ELSE r."OpenedAt" END) IS NOT NULL{And("r.\"Id\"")};
            INSERT INTO "ChurchFacts" ("RequestId", "ChurchId", "AgencyId", "RegionId", "CountyId", "OfficeId", "Need", "State", "CountedAt", "Children", "Cents", "FirstResponseSeconds")
            SELECT f."RequestId", s."ChurchId", f."AgencyId", f."RegionId", f."CountyId", f."OfficeId", f."Need", f."State", f."CountedAt", f."Children",
              CASE WHEN f."State" IN {Met} THEN COALESCE(g."Cents", 0) ELSE 0 END,
              CASE WHEN f."State" <> {Expired} THEN {dialect.SecondsBetween("s.\"First\"", "f.\"CountedAt\"")} END
            FROM "RequestFacts" f
            JOIN (SELECT cr."CareRequestId", cr."ChurchId", MIN(CASE WHEN cr."At" >= q."OpenedAt" THEN cr."At" END) AS "First" FROM "ChurchResponses" cr
                  JOIN "Requests" q ON q."Id" = cr."CareRequestId" WHERE 1 = 1{And("cr.\"CareRequestId\"")}
                  GROUP BY cr."CareRequestId", cr."ChurchId") s ON s."CareRequestId" = f."RequestId"
            LEFT JOIN (SELECT ic."CareRequestId", ic."ChurchId", SUM({share}) AS "Cents" FROM "ItemClaims" ic
                       JOIN "RequestItems" i ON i."Id" = ic."RequestItemId" WHERE 1 = 1{And("ic.\"CareRequestId\"")}
                       GROUP BY ic."CareRequestId", ic."ChurchId") g ON g."CareRequestId" = s."CareRequestId" AND g."ChurchId" = s."ChurchId"{Where("f.\"RequestId\"")};
            {stale}
            """;
    }
}

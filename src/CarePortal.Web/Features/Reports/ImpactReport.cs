namespace CarePortal.Web.Features.Reports;

/// <summary>Everything one dashboard shows, for one audience and one filter.</summary>
public sealed record ImpactReport(
    ReportFilter Filter,
    string Audience,
    Figures Totals,
    ResponseTimes ResponseTimes,
    IReadOnlyList<Breakdown> ByMonth,
    IReadOnlyList<Breakdown> ByAgency,
    IReadOnlyList<Breakdown> ByRegion,
    IReadOnlyList<Breakdown> ByCounty,
    IReadOnlyList<Breakdown> ByOffice,
    IReadOnlyList<Breakdown> ByNeed,
    IReadOnlyList<Breakdown> ByChurch,
    IReadOnlyList<Tally> Ratings,
    IReadOnlyList<Tally> Outcomes,
    IReadOnlyList<ConnectionFigures> Connections,
    IReadOnlyList<UnclosedRequest> Unclosed);

/// <summary>
/// The figures of a set of requests. <see cref="Opened"/> counts every request opened in the range (still open ones too);
/// <see cref="Expired"/> those that expired waiting for approval (never opened); cancelled ones are in no figure.
/// </summary>
public sealed record Figures(long Opened, long FullyMet, long PartlyMet, long NotMet, long Expired, long ChildrenServed, decimal EconomicImpact)
{
    public static readonly Figures None = new(0, 0, 0, 0, 0, 0, 0m);

    /// <summary>Fully or partly met, out of the requests that were closed (met, partly met or not met); none closed: no share.</summary>
    public double? ShareMet => FullyMet + PartlyMet + NotMet == 0 ? null : (double)(FullyMet + PartlyMet) / (FullyMet + PartlyMet + NotMet);

    public Figures Plus(Figures other) => new(Opened + other.Opened, FullyMet + other.FullyMet, PartlyMet + other.PartlyMet,
        NotMet + other.NotMet, Expired + other.Expired, ChildrenServed + other.ChildrenServed, EconomicImpact + other.EconomicImpact);
}

/// <summary>One row of a table by month, agency, region, county, office, church or need.</summary>
public sealed record Breakdown(string Key, string Label, Figures Figures);

/// <summary>Time from opening to the first church response (nearest-rank percentiles), over the requests that had one.</summary>
public sealed record ResponseTimes(long Responded, double? MedianSeconds, double? Percentile90Seconds);

public sealed record Tally(string Key, long Requests);

/// <summary>Connections of one kind: how many, how many go on, and of those old enough, how many were still going at 30/90/180 days.</summary>
public sealed record ConnectionFigures(string Kind, long Count, long Ongoing, IReadOnlyList<ConnectionStage> Stages)
{
    /// <summary>The follow-up days (the same as the emails that ask the caseworker).</summary>
    public static IReadOnlyList<int> Days => Churches.Connection.FollowUpDays;
}

/// <summary>
/// <see cref="Due"/>: connections begun at least that many days ago; <see cref="Lasted"/>: of those, not ended by then;
/// <see cref="Asked"/>: the caseworker was asked; <see cref="Answered"/>: they answered, <see cref="SafelyHome"/> that the
/// child is still safely home, <see cref="GoesOn"/> that the connection goes on.
/// </summary>
public sealed record ConnectionStage(int Days, long Due, long Lasted, long Asked, long Answered, long SafelyHome, long GoesOn);

/// <summary>A request still open long after the last church responded: no text, only what an office needs to find and close it.</summary>
public sealed record UnclosedRequest(int Id, string Need, string Office, string County, DateTimeOffset? OpenedAt, DateTimeOffset LastResponseAt, int DaysSinceLastResponse);

namespace CarePortal.Web.Features.Reports;

/// <summary>Section <c>Reports</c>: when an open request counts as left unclosed, and how many such a report lists.</summary>
public sealed class ReportsOptions
{
    public int UnclosedAfterDays { get; set; } = 14;

    public int UnclosedLimit { get; set; } = 200;

    /// <summary>Whether this node rebuilds the monthly rollup in the background (every node may: they share the months).</summary>
    public bool RollupInBackground { get; set; } = true;

    /// <summary>How often the rollup looks for months to build; until then a changed month is read from the facts.</summary>
    public TimeSpan RollupInterval { get; set; } = TimeSpan.FromMinutes(5);
}

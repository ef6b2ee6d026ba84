namespace CarePortal.Web.Features.Home;

/// <summary>A home card that lists requests: what it is about, what it says when empty, and where to see all.</summary>
public sealed record HomeList(string Id, string Heading, string Empty, IReadOnlyList<HomeRequest> Items, string? MoreHref = null, string? MoreText = null)
{
    /// <summary>Left out when empty: a supervisor's own writing is not what needs them first.</summary>
    public bool HideWhenEmpty { get; init; }
}

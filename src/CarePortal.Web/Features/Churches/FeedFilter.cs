using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The church feed's filters and sort, as a GET query (<c>?need=bed&amp;within=10&amp;sort=nearest</c>): a link can be kept and
/// shared, and the form works without a script. Values outside the choices are ignored and said beside their field.
/// </summary>
public sealed record FeedFilter(string? Need, int? County, int? Within, DateOnly? Since, string? Sort)
{
    public const string Newest = "newest";
    public const string Nearest = "nearest";
    public const string Deadline = "deadline";

    public static IReadOnlyList<(string Value, string Name)> Sorts { get; } =
        [(Newest, "Newest first"), (Nearest, "Nearest first"), (Deadline, "Deadline first")];

    public static IReadOnlyList<int> Distances { get; } = [5, 10, 15, 25, 50, 100];

    public bool KnownNeed => Need is null || Needs.All.Contains(Need);

    public bool KnownSort => Sort is null || Sorts.Any(s => s.Value == Sort);

    public bool KnownDistance => Within is null || Distances.Contains(Within.Value);

    public bool Any => Need is not null || County is not null || Within is not null || Since is not null;

    /// <summary>Sorts the items as asked: the newest (latest to reach the church), the nearest, or the soonest due (none due last).</summary>
    public IEnumerable<FeedItem> Order(IEnumerable<FeedItem> items) => Sort switch
    {
        Nearest => items.OrderBy(i => i.Miles).ThenByDescending(i => i.Id),
        Deadline => items.OrderBy(i => i.DueAt is null).ThenBy(i => i.DueAt).ThenBy(i => i.Miles),
        _ => items.OrderByDescending(i => i.ReachedAt).ThenByDescending(i => i.Id),
    };
}

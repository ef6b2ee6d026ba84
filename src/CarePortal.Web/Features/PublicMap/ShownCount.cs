using System.Globalization;

namespace CarePortal.Web.Features.PublicMap;

/// <summary>A count as the public sees it: exact from <see cref="Least"/> up, "fewer than 3" below (never 1 or 2, so no home stands out).</summary>
public readonly record struct ShownCount(int Value)
{
    public const int Least = 3;

    public bool Small => Value is > 0 and < Least;

    public override string ToString() => Small ? $"fewer than {Least}" : Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A total of shown counts, told no more exactly than its rows: exact when no row says "fewer than 3", else the range the rows
/// allow (each such row 1 or 2), so subtracting the exact rows from it gives back no hidden count. It is made from what is
/// shown alone (the exact rows and how many are hidden), so even whether it is a range tells nothing the rows do not.
/// </summary>
public readonly record struct ShownTotal(int Exact, int Hidden)
{
    public static ShownTotal Of(IEnumerable<ShownCount> rows)
    {
        var (exact, hidden) = (0, 0);
        foreach (var row in rows)
        {
            (exact, hidden) = row.Small ? (exact, hidden + 1) : (exact + row.Value, hidden);
        }

        return new ShownTotal(exact, hidden);
    }

    /// <summary>The least the total can be; exact when nothing is hidden.</summary>
    public int Low => Exact + Hidden;

    public int High => Exact + (2 * Hidden);

    /// <summary>The fill of the county on the map, by the least it can be: 0 none, 1 one or more, 2 three or more, 3 ten or more.</summary>
    public int Bucket => Low switch { 0 => 0, < ShownCount.Least => 1, < 10 => 2, _ => 3 };

    public override string ToString() => (Hidden, High) switch
    {
        (0, _) => Exact.ToString(CultureInfo.InvariantCulture),
        (_, < ShownCount.Least) => $"fewer than {ShownCount.Least}",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Low} to {High}"),
    };
}

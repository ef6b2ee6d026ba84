using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.PublicMap;

/// <summary>
/// The public map of open needs, for anyone: each county of the state filled by how many requests are open there, with the
/// same counts in a table beside it, by county and by need and urgency; filtered by a county or by a ZIP (its county).
/// </summary>
[AllowAnonymous]
public sealed partial class IndexModel(ReadOpenNeeds read, CountyMap map) : PageModel
{
    public CountyMap Map => map;

    public OpenNeedsView Needs { get; private set; } = new([], []);

    /// <summary>The county the page is filtered to, by FIPS (chosen, or the one holding the ZIP).</summary>
    public MapCounty? Chosen { get; private set; }

    public string? Zip { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(string? county, string? zip, CancellationToken ct)
    {
        Zip = zip?.Trim();
        if (!string.IsNullOrEmpty(Zip))
        {
            Chosen = FiveDigits().IsMatch(Zip) && map.Zips.TryGetValue(Zip, out var fips) ? map.ByFips(fips) : null;
            Error = Chosen is null ? $"No county of {map.StateName} holds the ZIP {(FiveDigits().IsMatch(Zip) ? Zip : "given")}: enter 5 digits of a {map.StateName} ZIP." : null;
        }
        else if (!string.IsNullOrEmpty(county))
        {
            Chosen = map.ByFips(county);
            Error = Chosen is null ? "Choose a county from the list." : null;
        }

        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Needs = await read.RunAsync(Chosen?.Fips, ct);
    }

    /// <summary>Each county's open requests, by FIPS (the map's fills).</summary>
    public IReadOnlyDictionary<string, ShownTotal> ByFips => Needs.Counties.Where(c => c.Fips is not null).ToDictionary(c => c.Fips!, c => c.Count);

    [GeneratedRegex(@"^\d{5}$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex FiveDigits();
}

using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Churches.Settings;

/// <summary>
/// The church's settings page (where the welcome email's link leads): its address and ZIP, the needs it serves, how far it
/// goes, its time zone, and pausing it. A refused save shows each message beside its field with what was typed kept.
/// </summary>
public sealed class IndexModel(AppDbContext db, ChangeSettings settings) : PageModel, IShowsRefusals
{
    public ChurchView? Church { get; private set; }

    [BindProperty]
    public string? Zip { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    /// <summary>As typed: a number of miles, or empty for the county's radius.</summary>
    [BindProperty]
    public string? RadiusMiles { get; set; }

    [BindProperty]
    public List<string> Needs { get; set; } = [];

    [BindProperty]
    public string? TimeZone { get; set; }

    [BindProperty]
    public bool Paused { get; set; }

    [BindProperty]
    public bool Connecting { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        Church = ChurchView.From(church);
        if (HttpMethods.IsGet(Request.Method))
        {
            (Zip, Address, RadiusMiles, Needs, TimeZone, Paused, Connecting) = (Church.Zip, Church.Address,
                Church.RadiusMiles?.ToString(CultureInfo.InvariantCulture), [.. Church.Needs], Church.TimeZone, Church.Paused, Church.Connecting);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        double? radius = null;
        if (!string.IsNullOrWhiteSpace(RadiusMiles))
        {
            if (!double.TryParse(RadiusMiles, NumberStyles.Float, CultureInfo.InvariantCulture, out var miles) || !double.IsFinite(miles))
            {
                throw RefusedException.Invalid(new Dictionary<string, string[]>
                {
                    ["radiusMiles"] = [$"Give the radius as a number of miles from 1 to {CarePortal.Web.Features.Churches.Church.MaxRadiusMiles}, or leave it empty to use the county's."],
                });
            }

            radius = miles;
        }

        var saved = await settings.SetAsync(User, church.Id, new ChurchSettingsInput(Zip, radius, Needs, Paused, Address ?? "", TimeZone ?? "", Connecting), ct);
        return this.ConfirmAndRedirect(saved.Paused
            ? "Saved. Your church is paused: it gets no new requests until you turn pausing off."
            : $"Saved. Your church gets requests for {saved.NeedsServed.Count} {(saved.NeedsServed.Count == 1 ? "need" : "needs")} near ZIP {saved.Zip}.",
            routeValues: new { id = church.Id });
    }

    public string FieldKey(string field) => PointPersonChurch.Key(field);

    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return OnGetAsync(RouteData.Values.TryGetValue("id", out var id) && id is not null ? this.RouteId() : null, cancellationToken);
    }
}

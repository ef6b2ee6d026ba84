using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Requests;

/// <summary>The requests the person reads: searched, filtered, sorted and a page at a time; rows become cards on a phone.</summary>
public sealed class IndexModel(ListRequests list, PersonTimeZone zones, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RequestListQuery Query { get; set; } = new();

    public RequestListPage Result { get; private set; } = new([], 0, []);

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public string ZoneName => Organisations.LocalTime.ZoneName(clock.GetUtcNow(), Zone);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Zone = await zones.OfAsync(User, ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await list.RunAsync(User, Query, Zone, ct);
    }
}

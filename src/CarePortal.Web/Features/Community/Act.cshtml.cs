using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Community;

/// <summary>
/// Where the request pages' prayer, follow and share forms post: each does its action and goes back to the page it came from
/// (a church's page of the request with <c>churchId</c>, else the agency's) with a sentence saying what happened.
/// A refusal answers the HTML error page with its status.
/// </summary>
public sealed class ActModel(FollowRequest follow, PrayForRequest pray, SharePublicly share) : PageModel
{
    public IActionResult OnGet(int id, int? churchId) => Back(id, churchId, null);

    public async Task<IActionResult> OnPostFollowAsync(int id, int? churchId, CancellationToken ct)
    {
        await follow.RunAsync(User, id, follow: true, ct);
        return Back(id, churchId, "You follow this request: you are told by email when it is answered, paused, resumed or closed.");
    }

    public async Task<IActionResult> OnPostUnfollowAsync(int id, int? churchId, CancellationToken ct)
    {
        await follow.RunAsync(User, id, follow: false, ct);
        return Back(id, churchId, "You no longer follow this request.");
    }

    public async Task<IActionResult> OnPostPrayAsync(int id, int? churchId, CancellationToken ct)
    {
        var prayer = await pray.RunAsync(User, id, ct);
        return Back(id, churchId, $"Thank you for praying. {(prayer.Praying == 1 ? "1 person prays" : $"{prayer.Praying} people pray")} for this request.");
    }

    public async Task<IActionResult> OnPostShareAsync(int id, int? churchId, CancellationToken ct)
    {
        await share.RunAsync(User, id, ct);
        return Back(id, churchId, "The public page is made: copy its address below. It shows the need, the urgency, the county and the description only.");
    }

    private RedirectResult Back(int id, int? churchId, string? done)
    {
        if (done is not null)
        {
            if (churchId is null)
            {
                TempData.Confirm(done);
            }
            else
            {
                TempData["Done"] = done;
            }
        }

        return Redirect(churchId is { } church ? $"/Churches/Request/{id}?churchId={church}" : $"/Requests/Details/{id}");
    }
}

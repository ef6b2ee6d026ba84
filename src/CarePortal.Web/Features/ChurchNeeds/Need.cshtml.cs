using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// One of the church's needs: "I can help", mark it met; for its leaders the private note, shown only when asked for (each
/// view recorded, the reads listed), and for its posters the reviewer's advice.
/// </summary>
public sealed class NeedModel(ChurchNeedAccess access, ReadNeeds read, ReadNote notes, RespondToNeed respond, MarkNeedMet met,
    DescriptionReview review, PersonTimeZone zones) : PageModel
{
    public ChurchNeedView? Need { get; private set; }

    public bool Leads { get; private set; }

    public bool MayMarkMet { get; private set; }

    public ChurchNeedNoteView? Note { get; private set; }

    public IReadOnlyList<(string Name, DateTimeOffset At)> NoteReads { get; private set; } = [];

    public IReadOnlyList<FindingView> Advice { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(int id, bool note, CancellationToken ct)
    {
        Need = await read.ReadAsync(User, id, ct);
        Leads = await access.LeadsAsync(User, Need.ChurchId, ct);
        MayMarkMet = Need.MetAt is null && (Leads || Need.IHelp);
        if (Leads && note && Need.HasNote)
        {
            Note = await notes.RunAsync(User, id, ct);
        }

        if (Leads)
        {
            NoteReads = await notes.ReadsAsync(id, ct);
        }

        if (await access.MayPostAsync(User, Need.ChurchId, ct))
        {
            Advice = [.. review.Review(Need.Description, Need.Need).Findings.Select(FindingView.From)];
        }

        Zone = await zones.OfAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostHelpAsync(int id, CancellationToken ct)
    {
        await respond.RunAsync(User, id, ct);
        return this.ConfirmAndRedirect("Thank you: your church's leaders see that you help with this need.", routeValues: new { id });
    }

    public async Task<IActionResult> OnPostMetAsync(int id, CancellationToken ct)
    {
        await met.RunAsync(User, id, ct);
        return this.ConfirmAndRedirect("The need is marked met: it counts in your church's report.", routeValues: new { id });
    }
}

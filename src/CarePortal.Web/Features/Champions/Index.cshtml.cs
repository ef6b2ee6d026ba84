using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A champion's home: where their registration stands; once approved, the needs near them (their public part only) with an
/// offer to give or fund each item (<see cref="OfferHelp"/>), and their offers with the church that took each on.
/// </summary>
public sealed class IndexModel(AppDbContext db, ChampionSide side, ListNear near, OfferHelp offer) : PageModel, IShowsRefusals
{
    public ChampionView? Champion { get; private set; }

    public IReadOnlyList<NearNeed> Needs { get; private set; } = [];

    public IReadOnlyList<ChampionOfferView> Offers { get; private set; } = [];

    /// <summary>The item whose offer was just refused, to show the sentence beside it.</summary>
    public int? Refused { get; private set; }

    public string? RefusedWhy { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await side.MineAsync(User, ct) is not { } mine)
        {
            return RedirectToPage("Register");
        }

        Champion = await ChampionView.ReadAsync(db, mine.Id, ct);
        if (mine.Status == ChampionStatus.Approved)
        {
            Needs = await near.RunAsync(User, ct);
            Offers = await ChampionOfferView.MineAsync(db, mine.Id, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int requestId, int itemId, int? quantity, HelpWay? way, CancellationToken ct)
    {
        Refused = itemId;
        var made = await offer.RunAsync(User, new OfferHelpInput(requestId, itemId, quantity, way), ct);
        return this.ConfirmAndRedirect($"Thank you: your offer of {made.Quantity} × {made.Item} went to the nearest connecting church. You will hear by email when it takes it on.");
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = refusal.Status;
        RefusedWhy = refusal.Detail;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}

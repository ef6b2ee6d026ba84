using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Champions.StandingOffers;

/// <summary>
/// An approved champion's standing offers: the form to post one (<see cref="PostStandingOffer"/>) and their offers, each with
/// how many are left, until when and how many new requests it matched. Anyone else is refused (403), a pending or declined
/// champion with why.
/// </summary>
public sealed class IndexModel(ListStandingOffers list, PostStandingOffer post, TimeProvider clock) : PageModel, IShowsRefusals
{
    public IReadOnlyList<StandingOfferView> Offers { get; private set; } = [];

    /// <summary>Why the page refuses the person (not an approved champion), shown instead of the form.</summary>
    public string? Refused { get; private set; }

    [BindProperty]
    public OfferForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Offers = await list.RunAsync(User, ct);
        Form.ExpiresOn ??= OfferTerms.Today(clock).AddDays(30);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var offer = await post.RunAsync(User, Form.ToInput(), ct);
        return this.ConfirmAndRedirect($"Posted: {offer.Quantity} × {offer.Item}, until {offer.ExpiresOn:MMMM d, yyyy}. A new request for it near you will tell you by email.");
    }

    public string FieldKey(string field) => OfferForm.Key(field);

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        if (refusal.Status == StatusCodes.Status403Forbidden)
        {
            Refused = refusal.Detail;
            return Page();
        }

        Offers = await list.RunAsync(User, cancellationToken);
        return Page();
    }
}

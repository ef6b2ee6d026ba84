using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Champions.StandingOffers;

/// <summary>Changing or withdrawing one of the champion's standing offers (another's: 404; not an approved champion: 403).</summary>
public sealed class EditModel(ChampionSide side, ListStandingOffers list, ChangeStandingOffer change, WithdrawStandingOffer withdraw) : PageModel, IShowsRefusals
{
    public StandingOfferView? Offer { get; private set; }

    [BindProperty]
    public OfferForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (HttpMethods.IsGet(Request.Method))
        {
            Form = new OfferForm { Need = Offer!.Need, Item = Offer.Item, Zip = Offer.Zip, Quantity = Offer.Quantity, ExpiresOn = Offer.ExpiresOn };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var offer = await change.RunAsync(User, id, Form.ToInput(), ct);
        return this.ConfirmAndRedirect($"Saved: {offer.Quantity} × {offer.Item}, until {offer.ExpiresOn:MMMM d, yyyy}.", "/Champions/StandingOffers/Index");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var offer = await withdraw.RunAsync(User, id, ct);
        return this.ConfirmAndRedirect($"Withdrawn: {offer.Item} matches no new request.", "/Champions/StandingOffers/Index");
    }

    public string FieldKey(string field) => OfferForm.Key(field);

    /// <summary>The terms as typed stay, with what to change; a refused reader (403, 404) gets the error page as the load refuses again.</summary>
    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        await LoadAsync(this.RouteId(), cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        await side.StandingOfferAsync(User, id, ct);
        Offer = await list.OneAsync(id, ct);
    }
}

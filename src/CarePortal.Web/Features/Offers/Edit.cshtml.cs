using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Offers;

/// <summary>Changing or withdrawing one offer, by the people who run its church (another church's offer: 404).</summary>
public sealed class EditModel(OfferSide side, ListOffers list, ChangeOffer change, WithdrawOffer withdraw) : PageModel, IShowsRefusals
{
    public OfferView? Offer { get; private set; }

    [BindProperty]
    public OfferForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (HttpMethods.IsGet(Request.Method))
        {
            Form = OfferForm.From(Offer!);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var offer = await change.RunAsync(User, id, Form.ToInput(), ct);
        return this.ConfirmAndRedirect($"Saved: {offer.Quantity} × {offer.Item}, until {offer.ExpiresOn:MMMM d, yyyy}.", "/Offers/Index");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var offer = await withdraw.RunAsync(User, id, ct);
        return this.ConfirmAndRedirect($"Withdrawn: {offer.Item} matches no new request.", "/Offers/Index");
    }

    public string FieldKey(string field) => OfferForm.Key(field);

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        await LoadAsync(this.RouteId(), cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        await side.LoadAsync(User, id, ct);
        Offer = await list.OneAsync(id, ct);
    }
}

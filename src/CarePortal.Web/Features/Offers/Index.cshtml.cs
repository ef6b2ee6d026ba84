using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// A church's standing offers (its point person and team leaders): the form to post one and the church's offers, each with
/// how many are left, until when, and how many new requests it matched. Someone who runs no church is refused (403).
/// </summary>
public sealed class IndexModel(AppDbContext db, ListOffers list, PostOffer post, TimeProvider clock) : PageModel, IShowsRefusals
{
    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    /// <summary>The churches the person posts for, by id, with their names.</summary>
    public IReadOnlyDictionary<int, string> Churches { get; private set; } = new Dictionary<int, string>();

    [BindProperty]
    public OfferForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.ExpiresOn ??= OfferTerms.Today(clock).AddDays(30);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var offer = await post.RunAsync(User, Form.ToInput(), ct);
        return this.ConfirmAndRedirect($"Posted: {offer.Quantity} × {offer.Item}, until {offer.ExpiresOn:MMMM d, yyyy}. A new request for it near you will tell you.");
    }

    public string FieldKey(string field) => OfferForm.Key(field);

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Offers = await list.RunAsync(User, null, ct);
        var run = OfferAccess.ChurchesRun(db, User);
        Churches = await db.Organisations.AsNoTracking().Where(o => run.Contains(o.Id)).OrderBy(o => o.Name).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}

using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Offers;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>An approved champion's standing offers (anyone else: 403 with why): open ones first, then the rest, newest first.</summary>
public sealed class ListStandingOffers(AppDbContext db, ChampionSide side, TimeProvider clock)
{
    public const int Max = 200;

    public async Task<List<StandingOfferView>> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var champion = await side.ApprovedAsync(user, ct);
        var views = await ViewsAsync(db.Set<ChurchOffer>().Where(o => o.ChampionId == champion.Id).OrderByDescending(o => o.Id).Take(Max), ct);
        return [.. views.OrderBy(v => v.Status == "open" ? 0 : 1).ThenByDescending(v => v.Id)];
    }

    /// <summary>One offer as its champion sees it (after the caller checked it is theirs).</summary>
    public async Task<StandingOfferView> OneAsync(int id, CancellationToken ct) => (await ViewsAsync(db.Set<ChurchOffer>().Where(o => o.Id == id), ct)).Single();

    private async Task<List<StandingOfferView>> ViewsAsync(IQueryable<ChurchOffer> offers, CancellationToken ct)
    {
        var today = OfferTerms.Today(clock);
        var rows = await offers.AsNoTracking().Select(o => new { Offer = o, Matched = db.Set<OfferMatch>().Count(m => m.OfferId == o.Id) }).ToListAsync(ct);
        return [.. rows.Select(r => new StandingOfferView(r.Offer.Id, r.Offer.Need, r.Offer.Item, r.Offer.Zip, r.Offer.Quantity, r.Offer.ExpiresOn,
            OfferView.StatusOf(r.Offer, today), r.Matched))];
    }
}

/// <summary>A champion's standing offer as they see it: its terms, its state in words (open, expired, given, withdrawn) and how many new requests it matched.</summary>
public sealed record StandingOfferView(int Id, string Need, string Item, string? Zip, int Quantity, DateOnly ExpiresOn, string Status, int Matched);

using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>The offers of the churches the user runs (<see cref="OfferAccess.ChurchesRun"/>): open ones first, then the rest, newest first. Champions' offers are never a church's.</summary>
public sealed class ListOffers(AppDbContext db, TimeProvider clock)
{
    public async Task<List<OfferView>> RunAsync(ClaimsPrincipal user, int? churchId, CancellationToken ct)
    {
        if (!await OfferAccess.RunsAnyAsync(db, user, ct))
        {
            throw RefusedException.Forbidden("Only a church's point person or a team leader sees its offers.");
        }

        var run = OfferAccess.ChurchesRun(db, user);
        var offers = db.Set<ChurchOffer>().AsNoTracking().Where(o => o.ChurchId != null && run.Contains(o.ChurchId.Value) && (churchId == null || o.ChurchId == churchId));
        var views = await ViewsAsync(offers, ct);
        return [.. views.OrderBy(v => v.Status == "open" ? 0 : 1).ThenByDescending(v => v.Id)];
    }

    /// <summary>One offer as its church sees it (after the caller checked who may).</summary>
    public async Task<OfferView> OneAsync(int id, CancellationToken ct) =>
        (await ViewsAsync(db.Set<ChurchOffer>().AsNoTracking().Where(o => o.Id == id), ct)).Single();

    private async Task<List<OfferView>> ViewsAsync(IQueryable<ChurchOffer> offers, CancellationToken ct)
    {
        var today = OfferTerms.Today(clock);
        var rows = await offers
            .Join(db.Organisations, o => o.ChurchId, c => (int?)c.Id, (o, c) => new
            {
                Offer = o,
                Church = c.Name,
                Matched = db.Set<OfferMatch>().Count(m => m.OfferId == o.Id),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => OfferView.From(r.Offer, r.Church, r.Matched, today))];
    }
}

/// <summary>An offer as its church sees it: its terms, its state in words, and how many new requests it matched.</summary>
public sealed record OfferView(int Id, int ChurchId, string Church, string Need, string Item, string? Zip, int Quantity, DateOnly ExpiresOn, string Status, int Matched)
{
    public static OfferView From(ChurchOffer offer, string church, int matched, DateOnly today) =>
        new(offer.Id, offer.ChurchId!.Value, church, offer.Need, offer.Item, offer.Zip, offer.Quantity, offer.ExpiresOn, StatusOf(offer, today), matched);

    /// <summary>open, expired, given (none left) or withdrawn.</summary>
    public static string StatusOf(ChurchOffer offer, DateOnly today) => offer.State switch
    {
        OfferState.Withdrawn => "withdrawn",
        OfferState.Given => "given",
        _ => offer.ExpiresOn < today ? "expired" : "open",
    };
}

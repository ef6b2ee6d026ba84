using System.Linq.Expressions;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// A church commits to a request (Churches' <see cref="IChurchCommitListener"/>, in the answer's save): what it commits comes off
/// its open offers for the request's need, the offers the request matched first, then the one ending soonest; an offer with
/// none left is given. Each offer's version moves, so two answers at once are decided again on what the first took. When the
/// church passes on a champion's gift instead (it claims the champion's offer), the same rule takes it off the champion's offers.
/// </summary>
public sealed class OfferCommitments(AppDbContext db, TimeProvider clock) : IChurchCommitListener
{
    public Task CommittingAsync(CareRequest request, int churchId, int quantity, CancellationToken cancellationToken) =>
        TakeAsync(o => o.ChurchId == churchId, request.Id, request.Need, quantity, cancellationToken);

    /// <summary>A church claimed a champion's offer of <paramref name="quantity"/> items: they come off the champion's standing offers, in the caller's coming save.</summary>
    public Task ChampionGivingAsync(int championId, int requestId, string need, int quantity, CancellationToken cancellationToken) =>
        TakeAsync(o => o.ChampionId == championId, requestId, need, quantity, cancellationToken);

    private async Task TakeAsync(Expression<Func<ChurchOffer, bool>> whose, int requestId, string need, int quantity, CancellationToken cancellationToken)
    {
        var today = OfferTerms.Today(clock);
        var matched = db.Set<OfferMatch>().Where(m => m.CareRequestId == requestId).Select(m => m.OfferId);
        var offers = await db.Set<ChurchOffer>().Where(whose)
            .Where(o => o.Need == need && o.State == OfferState.Open && o.Quantity > 0 && o.ExpiresOn >= today)
            .Select(o => new { Offer = o, Matched = matched.Contains(o.Id) })
            .ToListAsync(cancellationToken);
        var left = quantity;
        foreach (var offer in offers.OrderByDescending(o => o.Matched).ThenBy(o => o.Offer.ExpiresOn).ThenBy(o => o.Offer.Id).Select(o => o.Offer))
        {
            if (left == 0)
            {
                break;
            }

            var taken = Math.Min(left, offer.Quantity);
            offer.Quantity -= taken;
            offer.State = offer.Quantity == 0 ? OfferState.Given : OfferState.Open;
            offer.Version++;
            left -= taken;
        }
    }
}

using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Offers;

namespace CarePortal.Web.Features.Champions;

/// <summary>An approved champion takes their standing offer back (<see cref="WithdrawOffer.TakeBackAsync"/>): it matches no new request. Another's offer: 404.</summary>
public sealed class WithdrawStandingOffer(AppDbContext db, ChampionSide side, ListStandingOffers list)
{
    public async Task<StandingOfferView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var (_, offer) = await side.StandingOfferAsync(user, id, ct);
        await WithdrawOffer.TakeBackAsync(db, offer, ct);
        return await list.OneAsync(id, ct);
    }
}

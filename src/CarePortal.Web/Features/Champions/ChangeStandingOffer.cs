using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// An approved champion changes their standing offer's terms, by the rule a church's offer changes by (<see cref="ChangeOffer.ReviseAsync"/>):
/// one all given opens again with the new number, a withdrawn one is refused (409). Another's offer: 404.
/// </summary>
public sealed class ChangeStandingOffer(AppDbContext db, ChampionSide side, ListStandingOffers list, TimeProvider clock)
{
    public async Task<StandingOfferView> RunAsync(ClaimsPrincipal user, int id, OfferInput input, CancellationToken ct)
    {
        var (champion, offer) = await side.StandingOfferAsync(user, id, ct);
        FieldChecks.ThrowIfInvalid(input);
        PostStandingOffer.ThrowIfNamesChurch(input);
        await ChangeOffer.ReviseAsync(db, offer, input, PostStandingOffer.Home(champion), OfferTerms.Today(clock), ct);
        return await list.OneAsync(id, ct);
    }
}

using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// An approved champion posts a standing offer (Offers' terms, <see cref="OfferTerms"/>): it stands at the ZIP given, else at
/// the champion's own, and reaches as far as the champion helps. A pending or declined champion is refused (403) with why.
/// </summary>
public sealed class PostStandingOffer(AppDbContext db, ChampionSide side, ListStandingOffers list, TimeProvider clock)
{
    public async Task<StandingOfferView> RunAsync(ClaimsPrincipal user, OfferInput input, CancellationToken ct)
    {
        var champion = await side.ApprovedAsync(user, ct);
        FieldChecks.ThrowIfInvalid(input);
        ThrowIfNamesChurch(input);
        var offer = new ChurchOffer { ChampionId = champion.Id, Need = input.Need!, Item = input.Item!, CreatedById = champion.PersonId, CreatedAt = clock.GetUtcNow() };
        OfferTerms.Apply(offer, input, Home(champion), OfferTerms.Today(clock));
        db.Add(offer);
        await db.SaveChangesAsync(ct);
        return await list.OneAsync(offer.Id, ct);
    }

    /// <summary>Where a champion's offer without a ZIP stands: the champion's own ZIP.</summary>
    public static OfferHome Home(Champion champion) => new(champion.Location, "your own");

    public static void ThrowIfNamesChurch(OfferInput input)
    {
        if (input.ChurchId is not null)
        {
            throw RefusedException.Invalid("churchId", "A champion's offer is their own: leave the church out.");
        }
    }
}

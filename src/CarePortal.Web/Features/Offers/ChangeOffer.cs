using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// The church changes its offer's terms (the need, what, where, how many are left, until when). One all given goes back to
/// open with the new number; a withdrawn one stays withdrawn (post it again). A champion's offer changes by the same rule
/// (<see cref="ReviseAsync"/>).
/// </summary>
public sealed class ChangeOffer(AppDbContext db, OfferSide side, ListOffers list, TimeProvider clock)
{
    public async Task<OfferView> RunAsync(ClaimsPrincipal user, int id, OfferInput input, CancellationToken ct)
    {
        FieldChecks.ThrowIfInvalid(input);
        var offer = await side.LoadAsync(user, id, ct);
        if (input.ChurchId is { } church && church != offer.ChurchId)
        {
            throw RefusedException.Invalid("churchId", "An offer stays with the church that posted it.");
        }

        var at = await db.Churches.AsNoTracking().SingleAsync(c => c.Id == offer.ChurchId, ct);
        await ReviseAsync(db, offer, input, OfferHome.Of(at), OfferTerms.Today(clock), ct);
        return await list.OneAsync(offer.Id, ct);
    }

    /// <summary>The offer (tracked, its offerer checked) takes the new terms and is open again, saved; a withdrawn one is refused (409).</summary>
    public static async Task ReviseAsync(AppDbContext db, ChurchOffer offer, OfferInput input, OfferHome home, DateOnly today, CancellationToken ct)
    {
        if (offer.State == OfferState.Withdrawn)
        {
            throw RefusedException.Conflict("Withdrawn", "A withdrawn offer is not changed: post a new one.");
        }

        OfferTerms.Apply(offer, input, home, today);
        offer.State = OfferState.Open;
        offer.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw RefusedException.Conflict("Changed meanwhile", "A commitment changed this offer while you edited it: open it again to see how many are left.");
        }
    }
}

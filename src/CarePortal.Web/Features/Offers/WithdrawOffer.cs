using System.Security.Claims;
using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// The church takes its offer back: it matches no new request. Withdrawing twice is withdrawing once. A champion's offer is
/// taken back by the same rule (<see cref="TakeBackAsync"/>).
/// </summary>
public sealed class WithdrawOffer(AppDbContext db, OfferSide side, ListOffers list)
{
    public async Task<OfferView> RunAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        await TakeBackAsync(db, await side.LoadAsync(user, id, ct), ct);
        return await list.OneAsync(id, ct);
    }

    /// <summary>The offer (tracked, its offerer checked) is withdrawn and saved, whatever a commitment took meanwhile.</summary>
    public static async Task TakeBackAsync(AppDbContext db, ChurchOffer offer, CancellationToken ct)
    {
        if (offer.State == OfferState.Withdrawn)
        {
            return;
        }

        offer.State = OfferState.Withdrawn;
        offer.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A commitment took some at the same moment: withdraw what is left, as asked.
            db.ChangeTracker.Clear();
            var id = offer.Id;
            await db.Set<ChurchOffer>().Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.State, OfferState.Withdrawn).SetProperty(o => o.Version, o => o.Version + 1), ct);
        }
    }
}

using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// The connecting church's point person claims a champion's offer: it is the church's own "Yes, I can help" for the item
/// (<see cref="Respond"/>: the caseworker is told, the item is committed, the church leads with the family), and the champion
/// is told which church took it on. What it claimed comes off the champion's standing offers for the need (<see cref="OfferCommitments"/>),
/// not the church's own. All in one transaction: a refused answer (the item met meanwhile) claims nothing.
/// </summary>
public sealed class ClaimOffer(AppDbContext db, Respond respond, OfferCommitments commitments, Outbox outbox, PrivateReadLog reads, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<ChurchOfferView> RunAsync(ClaimsPrincipal user, int id, string? message, CancellationToken ct)
    {
        var offer = await ChurchOfferView.OfferForPointPersonAsync(db, user, id, ct);
        if (offer.State != ChampionOfferState.Sent)
        {
            throw RefusedException.Conflict("Claimed already", "Your church claimed this offer already.");
        }

        // Another claim took from the champion's standing offer meanwhile: the whole claim was rolled back; decide it again.
        await db.RetryOnClashAsync(Attempts, token => ClaimAsync(user, offer, message, token),
            () => RefusedException.Conflict("Changed meanwhile", "Another claim changed this champion's offers at the same moment: claim it again."), ct);

        db.ChangeTracker.Clear();
        return await ChurchOfferView.ReadAsync(db, reads, user, id, ct);
    }

    private Task<int> ClaimAsync(ClaimsPrincipal user, ChampionOffer offer, string? message, CancellationToken ct) =>
        db.InTransactionAsync(async (transaction, token) =>
        {
            var id = offer.Id;
            // The church passes the champion's gift on: its own standing offers are not drawn on, the champion's are (below).
            await respond.RespondAsync(user, offer.CareRequestId, new ResponseInput(offer.ChurchId, null, message,
                [new ItemQuantity(offer.RequestItemId, offer.Quantity)]), passedOn: true, token);
            var now = clock.GetUtcNow();
            var me = user.UserId();
            // Only the first claim moves the offer on: two clicks at once answer once.
            var moved = await db.Set<ChampionOffer>().Where(o => o.Id == id && o.State == ChampionOfferState.Sent)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.State, ChampionOfferState.Claimed).SetProperty(o => o.ClaimedAt, now).SetProperty(o => o.ClaimedById, me), token);
            if (moved == 0)
            {
                throw RefusedException.Conflict("Claimed already", "Your church claimed this offer already.");
            }

            var facts = await db.Set<ChampionOffer>().AsNoTracking().Where(o => o.Id == id).Select(o => new
            {
                Champion = db.Set<Champion>().Where(c => c.Id == o.ChampionId).Select(c => c.PersonId).First(),
                Church = db.Organisations.Where(c => c.Id == o.ChurchId).Select(c => c.Name).First(),
                Need = db.Requests.Where(r => r.Id == o.CareRequestId).Select(r => r.Need).First(),
                Item = db.RequestItems.Where(i => i.Id == o.RequestItemId).Select(i => i.Name).First(),
            }).SingleAsync(token);
            // What the church claimed comes off the champion's standing offers for the need, as a church's commitment comes off its own.
            await commitments.ChampionGivingAsync(offer.ChampionId, offer.CareRequestId, facts.Need, offer.Quantity, token);
            await outbox.ToPersonAsync(facts.Champion, new ChampionOfferClaimedEmail(facts.Church, RequestNames.NeedName(facts.Need).ToLower(CultureInfo.InvariantCulture),
                OfferHelp.Offered(offer, facts.Item)), null, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return moved;
        }, ct);
}

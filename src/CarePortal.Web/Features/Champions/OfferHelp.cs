using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// An approved champion offers to provide or fund an item of an open tier-1 request near them. The offer goes to the nearest
/// active connecting church that serves the need and whose reach holds the family, chosen as routing chooses churches
/// (<see cref="NearestConnecting"/>); the request goes to that
/// church too when routing had not sent it there, and its point person is emailed. No connecting church near: refused with a
/// sentence, and nothing is written.
/// </summary>
public sealed class OfferHelp(AppDbContext db, ChampionSide side, ListNear near, NearestConnecting nearest, Outbox outbox, TimeProvider clock)
{
    /// <summary>The round a request's recipient row says when a champion's offer brought it to the church.</summary>
    public const int Round = 5;

    public async Task<ChampionOfferView> RunAsync(ClaimsPrincipal user, OfferHelpInput input, CancellationToken ct)
    {
        var champion = await side.ApprovedAsync(user, ct);
        FieldChecks.ThrowIfInvalid(input);
        // A request that is not open, not tier 1 or not near is "not found" alike: a champion learns nothing of it.
        var need = await near.OneAsync(champion, input.RequestId, ct) ?? throw RefusedException.NotFound();
        var item = need.Items.SingleOrDefault(i => i.ItemId == input.ItemId)
            ?? throw RefusedException.Invalid("itemId", "Choose one of this request's items.");
        var quantity = input.Quantity ?? item.Left;
        if (item.Left == 0 || quantity > item.Left)
        {
            throw RefusedException.Conflict("Already being met",
                item.Left == 0 ? $"{item.Name} is being met already: choose another item." : $"Only {item.Left} of {item.Quantity} × {item.Name} are still needed.");
        }

        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == input.RequestId, ct);
        var church = (ZipCentroids.TryGet(request.Zip, out var family) ? await nearest.ForAsync(family, request.Need, request.CountyId, ct) : null) ?? throw RefusedException.Conflict("No connecting church near",
            "No connecting church is near this family yet, so your offer was not sent and nothing was recorded. Thank you: try another need, or ask a church near you to become a connecting church.");
        var now = clock.GetUtcNow();
        var offer = new ChampionOffer
        {
            ChampionId = champion.Id, CareRequestId = request.Id, RequestItemId = item.ItemId, Quantity = quantity, Way = input.Way ?? HelpWay.Provide,
            ChurchId = church.ChurchId, Miles = church.Miles, State = ChampionOfferState.Sent, CreatedAt = now,
        };
        await db.InTransactionAsync(async (transaction, token) =>
        {
            db.Set<ChampionOffer>().Add(offer);
            if (!await db.RequestRecipients.AnyAsync(r => r.CareRequestId == request.Id && r.ChurchId == church.ChurchId, token))
            {
                db.RequestRecipients.Add(new RequestRecipient { CareRequestId = request.Id, ChurchId = church.ChurchId, Miles = church.Miles, Round = Round, At = now });
            }

            // Saved first for the offer's id, which the church's link names; the email is written in the same transaction.
            await db.SaveChangesAsync(token);
            var (name, pointPerson) = await db.Churches.AsNoTracking().Where(c => c.Id == church.ChurchId)
                .Select(c => new ValueTuple<string, string>(c.Organisation!.Name, c.PointPersonId)).SingleAsync(token);
            await outbox.ToPersonAsync(pointPerson,
                new ChampionOfferSentEmail(offer.Id, request.Id, RequestNames.NeedName(request.Need).ToLower(CultureInfo.InvariantCulture), name, champion.Name, Offered(offer, item.Name)),
                request.Id, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return offer.Id;
        }, ct);
        return ChampionOfferView.Of(offer, need.Need, item.Name, churchName: null);
    }

    /// <summary>"2 × Winter coat, size 8 (paid to a vendor by the champion)".</summary>
    public static string Offered(ChampionOffer offer, string item) =>
        $"{offer.Quantity} × {item}{(offer.Way == HelpWay.Fund ? " (paid to a vendor by the champion)" : "")}";
}

/// <summary>Which item of which request, how many (empty: all still needed), and whether the champion gives it or pays a vendor for it.</summary>
public sealed record OfferHelpInput(int RequestId, int ItemId, [property: Range(1, 1000, ErrorMessage = "Offer from 1 to 1,000.")] int? Quantity, HelpWay? Way);

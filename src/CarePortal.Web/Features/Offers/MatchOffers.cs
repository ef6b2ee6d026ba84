using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>
/// A request opened (Requests' <see cref="IRequestOpenedListener"/>, heard after routing's): each church whose standing offer it
/// matches (<see cref="OfferMatcher"/>) is told through the outbox, by email to its point person and team leaders, and, when
/// routing did not send it there already, the request goes to that church too (round <see cref="Round"/>) so that it can answer
/// "Yes, I can help" as any church the request reached.
/// </summary>
public sealed partial class MatchOffers(AppDbContext db, OfferMatcher matcher, Outbox outbox, TimeProvider clock, ILogger<MatchOffers> log) : IRequestOpenedListener
{
    /// <summary>The recipients' round for churches a request reached through their standing offer (1 opening, 2 escalation, 3 shared by a church).</summary>
    public const int Round = 4;

    private readonly List<CareRequest> queued = [];

    public void Opening(CareRequest request) => queued.Add(request);

    public async Task OpenedAsync(CancellationToken cancellationToken)
    {
        var requests = queued.ToList();
        queued.Clear();
        try
        {
            var told = 0;
            foreach (var request in requests)
            {
                told += await MatchAsync(request, cancellationToken);
            }

            if (told > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException e)
        {
            // The request is open and routed whatever happens here: a failed match is logged, never the opening's failure.
            db.ChangeTracker.Clear();
            NotMatched(log, e, requests.Count);
        }
    }

    private async Task<int> MatchAsync(CareRequest request, CancellationToken ct)
    {
        // Offers meet tier-1 requests only: a tier-2 one reaches only the people its agency approved, a tier-3 one no church.
        if (request.Tier != 1 || !ZipCentroids.TryGet(request.Zip, out var family))
        {
            return 0;
        }

        var near = await matcher.NearAsync(request.Need, family, request.CountyId, ct);
        if (near.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var churches = near.Select(n => n.Offer.ChurchId).Distinct().ToList();
        // Routing writes its own recipients once; before it has (its wait ran out) the church hears of the match only.
        var routed = await db.RequestRoutings.AnyAsync(r => r.CareRequestId == request.Id, ct);
        var reached = await db.RequestRecipients.Where(r => r.CareRequestId == request.Id && churches.Contains(r.ChurchId)).Select(r => r.ChurchId).ToListAsync(ct);
        var leaders = await ChurchLeaders.OfAsync(db, churches, ct);
        foreach (var church in near.GroupBy(n => n.Offer.ChurchId))
        {
            var nearest = church.First();
            foreach (var match in church)
            {
                db.Add(new OfferMatch { OfferId = match.Offer.Id, CareRequestId = request.Id, Miles = match.Miles, At = now });
            }

            if (routed && !reached.Contains(church.Key))
            {
                db.RequestRecipients.Add(new RequestRecipient { CareRequestId = request.Id, ChurchId = church.Key, Miles = nearest.Miles, Round = Round, At = now });
            }

            var offered = string.Join("; ", church.Select(m => $"{m.Offer.Quantity} × {m.Offer.Item}"));
            await outbox.ToPeopleAsync(leaders.GetValueOrDefault(church.Key) ?? [], new OfferMatchedEmail(request.Id, RequestNames.NeedName(request.Need), nearest.Church, church.Key,
                offered, nearest.Miles.ToString("0", System.Globalization.CultureInfo.InvariantCulture)), request.Id, digestible: false, ct);
        }

        return churches.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Standing offers were not matched to {Count} opened requests.")]
    private static partial void NotMatched(ILogger logger, Exception exception, int count);
}

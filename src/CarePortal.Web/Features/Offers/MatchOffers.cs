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
/// "Yes, I can help" as any church the request reached. Each champion whose standing offer it matches is emailed its public
/// part, and offers on their own page through the nearest connecting church.
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
            var matched = 0;
            foreach (var request in requests)
            {
                matched += await MatchAsync(request, cancellationToken);
            }

            if (matched > 0)
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
        // Offers meet tier-1 requests only: a tier-2 one reaches only the people its agency approved, a tier-3 one no church
        // (and a champion, who reads the public part of tier-1 requests alone, never either).
        if (request.Tier != 1 || !ZipCentroids.TryGet(request.Zip, out var family))
        {
            return 0;
        }

        var near = await matcher.NearAsync(request.Need, family, request.CountyId, ct);
        var now = clock.GetUtcNow();
        foreach (var match in near)
        {
            db.Add(new OfferMatch { OfferId = match.Offer.Id, CareRequestId = request.Id, Miles = match.Miles, At = now });
        }

        await TellChurchesAsync(request, [.. near.Where(n => n.Church is not null)], now, ct);
        await TellChampionsAsync(request, [.. near.Where(n => n.Champion is not null)], ct);
        return near.Count;
    }

    private async Task TellChurchesAsync(CareRequest request, List<OfferNear> near, DateTimeOffset now, CancellationToken ct)
    {
        if (near.Count == 0)
        {
            return;
        }

        var churches = near.Select(n => n.Offer.ChurchId!.Value).Distinct().ToList();
        // Routing writes its own recipients once; before it has (its wait ran out) the church hears of the match only.
        var routed = await db.RequestRoutings.AnyAsync(r => r.CareRequestId == request.Id, ct);
        var reached = await db.RequestRecipients.Where(r => r.CareRequestId == request.Id && churches.Contains(r.ChurchId)).Select(r => r.ChurchId).ToListAsync(ct);
        var leaders = await ChurchLeaders.OfAsync(db, churches, ct);
        foreach (var church in near.GroupBy(n => n.Offer.ChurchId!.Value))
        {
            var nearest = church.First();
            if (routed && !reached.Contains(church.Key))
            {
                db.RequestRecipients.Add(new RequestRecipient { CareRequestId = request.Id, ChurchId = church.Key, Miles = nearest.Miles, Round = Round, At = now });
            }

            await outbox.ToPeopleAsync(leaders.GetValueOrDefault(church.Key) ?? [], new OfferMatchedEmail(request.Id, RequestNames.NeedName(request.Need), nearest.Church!, church.Key,
                Offered(church), nearest.Miles.ToString("0", System.Globalization.CultureInfo.InvariantCulture)), request.Id, digestible: false, ct);
        }
    }

    /// <summary>
    /// A champion is told the request's public part alone (the need, the county and the items; no ZIP, distance, name or private
    /// detail, and no link to the request, which they cannot read), with their own page, where they offer through a connecting church.
    /// </summary>
    private async Task TellChampionsAsync(CareRequest request, List<OfferNear> near, CancellationToken ct)
    {
        if (near.Count == 0)
        {
            return;
        }

        var county = await db.Organisations.Where(o => o.Id == request.CountyId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "";
        var items = await db.RequestItems.Where(i => i.CareRequestId == request.Id).OrderBy(i => i.Id).Select(i => new { i.Name, i.Quantity }).ToListAsync(ct);
        var needed = string.Join("; ", items.Select(i => $"{i.Quantity} × {i.Name}"));
        foreach (var champion in near.GroupBy(n => n.Champion!.PersonId))
        {
            await outbox.ToPersonAsync(champion.Key, new ChampionOfferMatchedEmail(RequestNames.NeedName(request.Need).ToLower(System.Globalization.CultureInfo.InvariantCulture), county, needed, Offered(champion)), null, ct);
        }
    }

    private static string Offered(IEnumerable<OfferNear> offers) => string.Join("; ", offers.Select(m => $"{m.Offer.Quantity} × {m.Offer.Item}"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Standing offers were not matched to {Count} opened requests.")]
    private static partial void NotMatched(ILogger logger, Exception exception, int count);
}

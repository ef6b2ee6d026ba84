using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// When a request closes (Requests' <see cref="IRequestClosingListener"/>, and routing's own close as not met): each church
/// that said "Yes, I can help" is thanked with the outcome (its leaders and the people who responded); every other church it
/// reached hears it is no longer needed. A cancelled request is no longer needed for anyone. In the caller's save.
/// </summary>
public sealed class ClosingNotices(AppDbContext db, Outbox outbox, TimeProvider clock) : IRequestClosingListener
{
    public async Task ClosingAsync(CareRequest request, CancellationToken cancellationToken)
    {
        var reached = await db.RequestRecipients.AsNoTracking().Where(r => r.CareRequestId == request.Id).Select(r => r.ChurchId).ToListAsync(cancellationToken);
        var helped = await db.ChurchResponses.AsNoTracking().Where(r => r.CareRequestId == request.Id)
            .Select(r => new { r.ChurchId, r.UserId }).ToListAsync(cancellationToken);
        var churchIds = reached.Concat(helped.Select(h => h.ChurchId)).Distinct().ToList();
        if (churchIds.Count == 0)
        {
            return;
        }

        var names = await db.Organisations.AsNoTracking().Where(o => churchIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var leaders = await ChurchLeaders.OfAsync(db, churchIds, cancellationToken);
        var responders = helped.ToLookup(h => h.ChurchId, h => h.UserId);
        // A tier-2 request's notices reach only the people its agency approved (ChurchAccess.TierLets).
        var hearing = await ChurchAccess.HearingOfAsync(db, request, leaders.Values.SelectMany(l => l).Concat(helped.Select(h => h.UserId)), clock.GetUtcNow(), cancellationToken);
        var addressees = await outbox.AddresseesAsync(hearing, cancellationToken);
        var outcome = Outcome(request.State);
        foreach (var church in churchIds)
        {
            var thanked = responders.Contains(church) && request.State != RequestState.Cancelled;
            var people = leaders.GetValueOrDefault(church, []).Concat(responders[church]).Distinct()
                .Select(id => addressees.GetValueOrDefault(id)).OfType<Addressee>();
            outbox.To(people, thanked
                ? new ChurchThankYouEmail(request.Id, request.Need, names[church], outcome, ForTheChild(request))
                : new NoLongerNeededEmail(request.Id, request.Need, names[church]), request.Id, digestible: false);
        }
    }

    private static string Outcome(RequestState state) => state switch
    {
        RequestState.ClosedFullyMet => "the need was fully met",
        RequestState.ClosedPartiallyMet => "the need was partly met",
        _ => "the need was not met",
    };

    private static string ForTheChild(CareRequest request) => request.ChildOutcomes.Count == 0
        ? "Thank you for standing with this family."
        : $"What the help meant for the child: {string.Join(", ", request.ChildOutcomes.Select(Needs.ChildOutcomeLabel))}.";
}

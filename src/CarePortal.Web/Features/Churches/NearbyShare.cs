using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// "Need help meeting this request?": a church the request reached asks the next-nearest eligible churches not yet
/// notified (as escalation would choose them) to share it; they become recipients of round <see cref="Round"/> and are emailed.
/// </summary>
public sealed class NearbyShare(AppDbContext db, ChurchRouter router, ChurchDirectory directory, ChurchSide side, Outbox outbox, IOptions<RoutingOptions> options, TimeProvider clock)
{
    /// <summary>The recipients' round for churches asked by another church (1: opening, 2: escalation).</summary>
    public const int Round = 3;

    public const int DefaultChurches = 3;

    public const int MaxChurches = 10;

    public async Task<List<SharedView>> ShareAsync(ClaimsPrincipal user, int id, ShareInput input, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        var reached = await side.ReachedAsync(user, request, ct);
        if (reached.Count == 0 || (input.ChurchId is { } asked && !reached.Contains(asked)))
        {
            throw RefusedException.NotFound();
        }

        var churchId = input.ChurchId ?? reached[0];
        if (!await ChurchLeads.RunsAsync(db, user, churchId, ct))
        {
            throw RefusedException.Forbidden("Only the church's point person or a team leader asks nearby churches.");
        }

        if (request.State != RequestState.Open)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not open", $"A request that is {request.State.Phrase()} is not shared.");
        }

        var count = input.Churches ?? DefaultChurches;
        if (count is < 1 or > MaxChurches)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["churches"] = [$"Ask from 1 to {MaxChurches} churches."] });
        }

        if (!ZipCentroids.TryGet(request.Zip, out var family))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "No location", "The request's ZIP is not known, so no church can be found near it.");
        }

        var reach = await router.ReachAsync(request.CountyId, ct);
        var now = clock.GetUtcNow();
        // A tier-2 request goes only to churches with someone its agency approved, and only those people hear of it.
        var approved = (await router.ApprovedAsync([request], now, ct)).GetValueOrDefault(request.AgencyId);
        var already = (await db.RequestRecipients.Where(r => r.CareRequestId == id).Select(r => r.ChurchId).ToListAsync(ct)).ToHashSet();
        var chosen = ChurchRouting.Escalate(family, request.Need, await directory.ChurchesAsync(db, ct), reach with { Churches = count }, already, options.Value,
            approved?.Churches);
        if (chosen.Count == 0)
        {
            return [];
        }

        var ids = chosen.Select(c => c.ChurchId).Append(churchId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var leaders = await ChurchLeaders.OfAsync(db, chosen.Select(c => c.ChurchId).ToList(), ct);
        foreach (var church in chosen)
        {
            db.RequestRecipients.Add(new RequestRecipient { CareRequestId = id, ChurchId = church.ChurchId, Miles = church.Miles, Round = Round, At = now });
            var email = new RequestSharedEmail(id, names[church.ChurchId], names[churchId], request.Need, request.Urgency.ToString().ToLowerInvariant(),
                request.Description, church.Miles.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            await outbox.ToPeopleAsync(approved is null ? leaders.GetValueOrDefault(church.ChurchId, []) : [.. approved.ByChurch[church.ChurchId].Distinct()], email, id,
                digestible: false, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else shared it with one of these churches at the same moment (the unique request-church index).
            throw new RefusedException(StatusCodes.Status409Conflict, "Shared meanwhile", "Another person shared this request at the same moment: look again and ask once more if it still needs help.");
        }

        return [.. chosen.Select(c => new SharedView(c.ChurchId, names[c.ChurchId], Math.Round(c.Miles, 1)))];
    }

    /// <summary>The churches a request was shared with by churches (round <see cref="Round"/>), for the people of churches it reached.</summary>
    public async Task<List<SharedView>> SharedAsync(int id, CancellationToken ct) =>
        await db.RequestRecipients.AsNoTracking().Where(r => r.CareRequestId == id && r.Round == Round)
            .Join(db.Organisations, r => r.ChurchId, o => o.Id, (r, o) => new SharedView(r.ChurchId, o.Name, r.Miles)).ToListAsync(ct);
}

public sealed record ShareInput(int? ChurchId, int? Churches);

public sealed record SharedView(int ChurchId, string Name, double Miles);

using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Sends an opened request to its churches (and later farther ones), recording each as a <see cref="RequestRecipient"/> and
/// queuing the emails in the outbox. Adds to the context without saving: the caller's save is the one transaction.
/// </summary>
public sealed class ChurchRouter(AppDbContext db, Outbox outbox, IOptions<RoutingOptions> options, TimeProvider clock)
{
    /// <summary>Called when a request becomes open (submitted without approval, or approved).</summary>
    public async Task OpenedAsync(CareRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.RequestRoutings.AnyAsync(r => r.CareRequestId == request.Id, cancellationToken))
        {
            return;
        }

        db.RequestRoutings.Add(new RequestRouting { CareRequestId = request.Id, OpenedAt = now });
        var reach = await ReachAsync(request.CountyId, cancellationToken);
        var chosen = ZipCentroids.TryGet(request.Zip, out var family)
            ? ChurchRouting.Choose(family, request.Need, await CandidatesAsync(family, request.Need, reach.RadiusMiles, cancellationToken), reach)
            : [];
        await SendAsync(request, chosen, round: 1, now, cancellationToken);
        await outbox.ToPersonAsync(request.CaseworkerId, chosen.Count == 0
            ? new NoChurchReachedEmail(request.Id, request.Need)
            : new RequestSentToChurchesEmail(request.Id, request.Need, chosen.Count), request.Id, cancellationToken);
    }

    /// <summary>The next nearest churches, once; returns how many more the request went to.</summary>
    public async Task<int> EscalateAsync(CareRequest request, CancellationToken cancellationToken)
    {
        var reach = await ReachAsync(request.CountyId, cancellationToken);
        if (!ZipCentroids.TryGet(request.Zip, out var family))
        {
            return 0;
        }

        var already = (await db.RequestRecipients.Where(r => r.CareRequestId == request.Id).Select(r => r.ChurchId).ToListAsync(cancellationToken)).ToHashSet();
        var candidates = await CandidatesAsync(family, request.Need, reach.RadiusMiles * options.Value.EscalationRadiusFactor, cancellationToken);
        var chosen = ChurchRouting.Escalate(family, request.Need, candidates, reach, already, options.Value);
        await SendAsync(request, chosen, round: 2, clock.GetUtcNow(), cancellationToken);
        return chosen.Count;
    }

    public async Task<CountyReach> ReachAsync(int countyId, CancellationToken cancellationToken) =>
        await db.CountySettings.AsNoTracking().Where(c => c.CountyId == countyId)
            .Select(c => new CountyReach(c.RadiusMiles, c.Churches)).SingleOrDefaultAsync(cancellationToken) ?? CountySetting.Default;

    /// <summary>
    /// Active, unpaused churches serving the need whose latitude is within reach (the church's own radius, else
    /// <paramref name="countyRadius"/>): a cheap filter in SQL; <see cref="ChurchRouting"/> decides exactly.
    /// </summary>
    public async Task<List<ChurchCandidate>> CandidatesAsync(GeoPoint family, string need, double countyRadius, CancellationToken cancellationToken)
    {
        var tag = "," + need + ",";
        var (lat, lon) = (family.Latitude, family.Longitude);
        var latPerMile = 1 / GeoPoint.MilesPerDegreeOfLatitude;
        // Degrees of longitude per mile at the family's latitude, with slack for the circle's widest point (exact check follows).
        var lonPerMile = 1.1 / (GeoPoint.MilesPerDegreeOfLatitude * Math.Max(0.05, Math.Cos(double.DegreesToRadians(Math.Min(89, Math.Abs(lat) + 1.5)))));
        var rows = await db.Churches.AsNoTracking()
            .Where(c => c.Active && !c.Paused
                && c.Latitude >= lat - (c.RadiusMiles ?? countyRadius) * latPerMile
                && c.Latitude <= lat + (c.RadiusMiles ?? countyRadius) * latPerMile
                && c.Longitude >= lon - (c.RadiusMiles ?? countyRadius) * lonPerMile
                && c.Longitude <= lon + (c.RadiusMiles ?? countyRadius) * lonPerMile
                && c.Needs.Contains(tag))
            .Select(c => new { c.Id, c.Latitude, c.Longitude, c.RadiusMiles })
            .ToListAsync(cancellationToken);
        var needs = new HashSet<string>([need]);
        return [.. rows.Select(c => new ChurchCandidate(c.Id, new GeoPoint(c.Latitude, c.Longitude), c.RadiusMiles, needs, Paused: false, Active: true))];
    }

    private async Task SendAsync(CareRequest request, IReadOnlyList<RoutedChurch> chosen, int round, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (chosen.Count == 0)
        {
            return;
        }

        var ids = chosen.Select(c => c.ChurchId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var people = await RecipientsAsync(ids, request.Need, cancellationToken);
        foreach (var church in chosen)
        {
            db.RequestRecipients.Add(new RequestRecipient { CareRequestId = request.Id, ChurchId = church.ChurchId, Miles = church.Miles, Round = round, At = now });
            var email = new RequestRoutedEmail(request.Id, names[church.ChurchId], request.Need, request.Urgency.ToString().ToLowerInvariant(),
                request.Description, church.Miles.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            if (people.TryGetValue(church.ChurchId, out var them))
            {
                await outbox.ToPeopleAsync(them, email, request.Id, digestible: true, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Who hears of a request, per church: the point person and team leaders always; a team's responders when the team's
    /// setting says its members get requests of this need.
    /// </summary>
    private async Task<Dictionary<int, List<string>>> RecipientsAsync(List<int> churchIds, string need, CancellationToken cancellationToken)
    {
        var tag = "," + need + ",";
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => (m.Role == Roles.ChurchPointPerson && churchIds.Contains(m.OrganisationId))
                || (m.Organisation!.Kind == OrganisationKind.Team && m.Organisation.ParentId != null && churchIds.Contains(m.Organisation.ParentId.Value)
                    && (m.Role == Roles.TeamLeader
                        || (m.Role == Roles.Responder && db.TeamSettings.Any(t => t.TeamId == m.OrganisationId && t.MembersGetRequests
                            && (t.Needs == "," || t.Needs.Contains(tag)))))))
            .Select(m => new { ChurchId = m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId!.Value : m.OrganisationId, m.UserId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ChurchId).ToDictionary(g => g.Key, g => g.Select(r => r.UserId).Distinct().ToList());
    }
}

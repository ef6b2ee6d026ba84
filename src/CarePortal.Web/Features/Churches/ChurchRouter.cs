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
/// queuing the emails in the outbox. Adds to the context without saving: the caller's save is the one transaction; or
/// gathers the rows in the caller's <see cref="NewRows"/>, for its bulk write in its transaction.
/// </summary>
public sealed class ChurchRouter(AppDbContext db, ChurchDirectory directory, Outbox outbox, RespondLinks links, IOptions<MailOptions> mail, IOptions<RoutingOptions> options,
    Tiers.TierThreeOpenings tierThree, TimeProvider clock)
{
    /// <summary>Called when a request becomes open (submitted without approval, or approved).</summary>
    public Task OpenedAsync(CareRequest request, CancellationToken cancellationToken) => OpenedAsync([request], cancellationToken);

    /// <summary>The requests' routing rows, recipients and emails added to the context, for the caller's save.</summary>
    public async Task OpenedAsync(IReadOnlyList<CareRequest> requests, CancellationToken cancellationToken)
    {
        var rows = new NewRows();
        await OpenedAsync(requests, rows, cancellationToken);
        rows.AddTo(db);
    }

    /// <summary>
    /// Called when requests become open in one save: each goes to the churches it would go to alone, with one query per
    /// step for them all (who was routed already, the counties' reach, the churches' people and their preferences). The
    /// rows go to <paramref name="into"/>, for the caller to write.
    /// </summary>
    public async Task OpenedAsync(IReadOnlyList<CareRequest> requests, NewRows into, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ids = requests.Select(r => r.Id).ToList();
        var routed = (await db.RequestRoutings.Where(r => ids.Contains(r.CareRequestId)).Select(r => r.CareRequestId).ToListAsync(cancellationToken)).ToHashSet();
        var opened = requests.Where(r => routed.Add(r.Id)).ToList();
        // Tier 3 (becoming a foster or adoptive family) goes to the agency's information contact, never to a church; nothing to escalate.
        var informed = opened.Where(r => r.Tier == 3).ToList();
        informed.ForEach(r => into.Add(new RequestRouting { CareRequestId = r.Id, OpenedAt = now, Done = true }));
        await tierThree.SendAsync(informed, into, cancellationToken);
        opened.RemoveAll(r => r.Tier == 3);
        if (opened.Count == 0)
        {
            return;
        }

        var reaches = await ReachesAsync(opened.Select(r => r.CountyId), cancellationToken);
        var churches = await directory.ChurchesAsync(db, cancellationToken);
        var approved = await ApprovedAsync(opened, now, cancellationToken);
        var sends = new List<(CareRequest Request, IReadOnlyList<RoutedChurch> Chosen)>(opened.Count);
        foreach (var request in opened)
        {
            into.Add(new RequestRouting { CareRequestId = request.Id, OpenedAt = now });
            sends.Add((request, ZipCentroids.TryGet(request.Zip, out var family)
                ? ChurchRouting.Choose(family, request.Need, churches, reaches[request.CountyId], approved.GetValueOrDefault(request.AgencyId)?.Churches)
                : []));
        }

        var addressees = await SendAsync(sends, round: 1, now, opened.Select(r => r.CaseworkerId), approved, into, cancellationToken);
        foreach (var (request, chosen) in sends)
        {
            if (addressees.TryGetValue(request.CaseworkerId, out var caseworker))
            {
                outbox.To([caseworker], chosen.Count == 0
                    ? new NoChurchReachedEmail(request.Id, request.Need)
                    : new RequestSentToChurchesEmail(request.Id, request.Need, chosen.Count), request.Id, digestible: false, into);
            }
        }
    }

    /// <summary>The next nearest churches, once; returns how many more the request went to.</summary>
    public async Task<int> EscalateAsync(CareRequest request, CancellationToken cancellationToken)
    {
        if (request.Tier == 3)
        {
            return 0;
        }

        var reach = await ReachAsync(request.CountyId, cancellationToken);
        if (!ZipCentroids.TryGet(request.Zip, out var family))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var approved = await ApprovedAsync([request], now, cancellationToken);
        var already = (await db.RequestRecipients.Where(r => r.CareRequestId == request.Id).Select(r => r.ChurchId).ToListAsync(cancellationToken)).ToHashSet();
        var chosen = ChurchRouting.Escalate(family, request.Need, await directory.ChurchesAsync(db, cancellationToken), reach, already, options.Value,
            approved.GetValueOrDefault(request.AgencyId)?.Churches);
        var rows = new NewRows();
        await SendAsync([(request, chosen)], round: 2, now, [], approved, rows, cancellationToken);
        rows.AddTo(db);
        return chosen.Count;
    }

    public async Task<CountyReach> ReachAsync(int countyId, CancellationToken cancellationToken) =>
        (await ReachesAsync([countyId], cancellationToken))[countyId];

    /// <summary>Each county's reach, its regional manager's setting or else <see cref="CountySetting.Default"/>.</summary>
    private async Task<Dictionary<int, CountyReach>> ReachesAsync(IEnumerable<int> countyIds, CancellationToken cancellationToken)
    {
        var ids = countyIds.Distinct().ToList();
        var set = await db.CountySettings.AsNoTracking().Where(c => ids.Contains(c.CountyId))
            .ToDictionaryAsync(c => c.CountyId, c => new CountyReach(c.RadiusMiles, c.Churches, c.EscalationRadiusMiles, c.EscalationChurches), cancellationToken);
        return ids.ToDictionary(id => id, id => set.GetValueOrDefault(id) ?? CountySetting.Default);
    }

    /// <summary>The churches a request from this ZIP for this need goes to on opening; none when the ZIP is unknown.</summary>
    public async Task<IReadOnlyList<RoutedChurch>> ChooseAsync(string zip, string need, CountyReach reach, CancellationToken cancellationToken) =>
        Choose(zip, need, await directory.ChurchesAsync(db, cancellationToken), reach);

    private static IReadOnlyList<RoutedChurch> Choose(string zip, string need, IReadOnlyList<ChurchCandidate> churches, CountyReach reach) =>
        ZipCentroids.TryGet(zip, out var family) ? ChurchRouting.Choose(family, need, churches, reach) : [];

    /// <summary>
    /// For each agency with a tier-2 request among these, the churches such a request may go to and the people in them it may
    /// reach: those the agency approved, now (<see cref="ChurchAccess.ApprovedMembers"/>, the rule readers are held to).
    /// </summary>
    public async Task<Dictionary<int, ApprovedReach>> ApprovedAsync(IEnumerable<CareRequest> requests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reach = new Dictionary<int, ApprovedReach>();
        foreach (var agencyId in requests.Where(r => r.Tier == 2).Select(r => r.AgencyId).Distinct())
        {
            var members = await ChurchAccess.ApprovedMembers(db, agencyId, now).ToListAsync(cancellationToken);
            reach[agencyId] = new ApprovedReach(members.Select(m => m.ChurchId).ToHashSet(), members.Select(m => m.UserId).ToHashSet(StringComparer.Ordinal),
                members.ToLookup(m => m.ChurchId, m => m.UserId));
        }

        return reach;
    }

    /// <summary>
    /// Records each request's churches and queues their people's emails; returns the outbox's view of everyone looked up,
    /// <paramref name="alsoLookUp"/> included, so the caller's own emails need no query of their own.
    /// </summary>
    private async Task<Dictionary<string, Addressee>> SendAsync(
        IReadOnlyList<(CareRequest Request, IReadOnlyList<RoutedChurch> Chosen)> sends, int round, DateTimeOffset now, IEnumerable<string> alsoLookUp,
        Dictionary<int, ApprovedReach> approved, NewRows into, CancellationToken cancellationToken)
    {
        var ids = sends.SelectMany(s => s.Chosen).Select(c => c.ChurchId).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var members = ids.Count == 0 ? [] : await MembersAsync(ids, cancellationToken);
        var addressees = await outbox.AddresseesAsync(members.Select(m => m.UserId).Concat(approved.Values.SelectMany(a => a.People)).Concat(alsoLookUp), cancellationToken);
        var zones = await ZonesAsync(sends.Select(s => s.Request.AgencyId), cancellationToken);
        var byChurch = members.ToLookup(m => m.ChurchId);
        var site = new Uri(mail.Value.SiteUrl);
        foreach (var (request, chosen) in sends)
        {
            var tag = "," + request.Need + ",";
            var tierTwo = approved.GetValueOrDefault(request.AgencyId);
            var (items, forWhom, due) = RoutedEmailParts.Of(request, zones.GetValueOrDefault(request.AgencyId));
            foreach (var church in chosen)
            {
                into.Add(new RequestRecipient { CareRequestId = request.Id, ChurchId = church.ChurchId, Miles = church.Miles, Round = round, At = now });
                // A tier-2 request: its agency's approved people in the church, whatever their teams' settings (no one else may read it).
                var them = (tierTwo is not null ? tierTwo.ByChurch[church.ChurchId]
                    : byChurch[church.ChurchId].Where(m => m.Needs is null || m.Needs == "," || m.Needs.Contains(tag, StringComparison.Ordinal)).Select(m => m.UserId))
                    .Distinct().Select(id => addressees.GetValueOrDefault(id)).OfType<Addressee>();
                foreach (var person in them)
                {
                    // Each person's own "Yes, I can help" link, so one email each.
                    outbox.To([person], new RequestRoutedEmail(request.Id, names[church.ChurchId], request.Need, request.Urgency.ToString().ToLowerInvariant(),
                        request.Description, church.Miles.ToString("0", System.Globalization.CultureInfo.InvariantCulture), items, forWhom, due,
                        new Uri(site, links.PathFor(request, church.ChurchId, person.UserId)).ToString()), request.Id, digestible: true, into);
                }
            }
        }

        return addressees;
    }

    /// <summary>The agencies' time zones (IANA ids), for the due dates their churches read.</summary>
    private async Task<Dictionary<int, string?>> ZonesAsync(IEnumerable<int> agencyIds, CancellationToken cancellationToken)
    {
        var ids = agencyIds.Distinct().ToList();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.TimeZone, cancellationToken);
    }

    /// <summary>
    /// Who may hear of these churches' requests: the point persons and team leaders always (<see cref="Member.Needs"/> null),
    /// and responders of teams whose setting says their members get requests, with the needs the team chose.
    /// Two index lookups (by church, and by team under a church) rather than one OR that scans every membership.
    /// </summary>
    private async Task<List<Member>> MembersAsync(List<int> churchIds, CancellationToken cancellationToken)
    {
        var pointPersons = db.Memberships.AsNoTracking()
            .Where(m => m.Role == Roles.ChurchPointPerson && churchIds.Contains(m.OrganisationId))
            .Select(m => new { ChurchId = m.OrganisationId, m.UserId, Needs = (string?)null });
        var teams = db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Team && o.ParentId != null && churchIds.Contains(o.ParentId.Value))
            .SelectMany(o => db.Memberships.Where(m => m.OrganisationId == o.Id && (m.Role == Roles.TeamLeader || m.Role == Roles.Responder)),
                (o, m) => new
                {
                    ChurchId = o.ParentId!.Value,
                    m.UserId,
                    Needs = m.Role == Roles.TeamLeader ? null
                        : db.TeamSettings.Where(s => s.TeamId == o.Id && s.MembersGetRequests).Select(s => s.Needs).FirstOrDefault() ?? "-",
                });
        return [.. (await pointPersons.Concat(teams).ToListAsync(cancellationToken)).Select(m => new Member(m.ChurchId, m.UserId, m.Needs))];
    }

    /// <summary>A church's person; <paramref name="Needs"/> is null for those who get every request, else their team's needs (<c>-</c>: none).</summary>
    private sealed record Member(int ChurchId, string UserId, string? Needs);
}

/// <summary>An agency's approved reach for its tier-2 requests: the churches with someone it approved, those people, and who is in which church.</summary>
public sealed record ApprovedReach(IReadOnlySet<int> Churches, IReadOnlySet<string> People, ILookup<int, string> ByChurch);

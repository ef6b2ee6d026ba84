using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The agency admin's agency at a glance: requests by state, people by role, and the way to its settings.</summary>
public sealed class AgencyOverview(AppDbContext db) : IHomeSection
{
    private static readonly RequestState[] Shown =
        [RequestState.AwaitingApproval, RequestState.Open, RequestState.ClosedFullyMet, RequestState.ClosedPartiallyMet, RequestState.ClosedNotMet, RequestState.ExpiredNotApproved];

    public string View => "_AgencyOverview";

    public bool IsFor(ClaimsPrincipal user) => user.IsInRole(Roles.AgencyAdmin);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var agencies = viewer.User.OrganisationsWithRole(Roles.AgencyAdmin);
        var byState = await RequestAccess.Readable(db, viewer.User, viewer.Now).AsNoTracking().Where(r => agencies.Contains(r.AgencyId))
            .GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var tree = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync(ct);
        var under = new HashSet<int>(agencies);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var o in tree.Where(o => o.ParentId is { } p && under.Contains(p) && !under.Contains(o.Id)))
            {
                grew |= under.Add(o.Id);
            }
        }

        var people = await db.Memberships.AsNoTracking().Where(m => under.Contains(m.OrganisationId))
            .GroupBy(m => m.Role).Select(g => new { g.Key, Count = g.Select(m => m.UserId).Distinct().Count() }).ToListAsync(ct);
        return new AgencyCard(
            [.. Shown.Select(s => new Figure(s.Name(), byState.GetValueOrDefault(s)))],
            [.. people.OrderByDescending(p => p.Count).Select(p => new Figure(RoleNames.Of(p.Key), p.Count))]);
    }
}

public sealed record Figure(string Label, int Count);

public sealed record AgencyCard(IReadOnlyList<Figure> Requests, IReadOnlyList<Figure> People);

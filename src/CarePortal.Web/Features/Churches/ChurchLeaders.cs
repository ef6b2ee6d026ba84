using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Who speaks for a church when it is told something: its point persons and its teams' leaders, read as <see cref="CurrentRoles"/>
/// reads roles (the memberships of active accounts): a deactivated account is told nothing for a church, nor counted among its leaders.
/// </summary>
public static class ChurchLeaders
{
    /// <summary>The church's point people now, as a query.</summary>
    public static IQueryable<string> PointPeopleOf(AppDbContext db, int churchId) =>
        ActiveAccounts.Memberships(db).Where(m => m.OrganisationId == churchId && m.Role == Roles.ChurchPointPerson).Select(m => m.UserId);

    /// <summary>Point persons and team leaders of these churches, per church, in one query.</summary>
    public static async Task<Dictionary<int, List<string>>> OfAsync(AppDbContext db, List<int> churchIds, CancellationToken ct)
    {
        var rows = await ActiveAccounts.Memberships(db).AsNoTracking()
            .Where(m => (m.Role == Roles.ChurchPointPerson && churchIds.Contains(m.OrganisationId))
                || (m.Role == Roles.TeamLeader && m.Organisation!.Kind == OrganisationKind.Team && m.Organisation.ParentId != null && churchIds.Contains(m.Organisation.ParentId.Value)))
            .Select(m => new { ChurchId = m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId!.Value : m.OrganisationId, m.UserId })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ChurchId).ToDictionary(g => g.Key, g => g.Select(r => r.UserId).Distinct().ToList());
    }
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>Who speaks for a church when it is told something: its point persons and its teams' leaders.</summary>
public static class ChurchLeaders
{
    /// <summary>Point persons and team leaders of these churches, per church, in one query.</summary>
    public static async Task<Dictionary<int, List<string>>> OfAsync(AppDbContext db, List<int> churchIds, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => (m.Role == Roles.ChurchPointPerson && churchIds.Contains(m.OrganisationId))
                || (m.Role == Roles.TeamLeader && m.Organisation!.Kind == OrganisationKind.Team && m.Organisation.ParentId != null && churchIds.Contains(m.Organisation.ParentId.Value)))
            .Select(m => new { ChurchId = m.Organisation!.Kind == OrganisationKind.Team ? m.Organisation.ParentId!.Value : m.OrganisationId, m.UserId })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ChurchId).ToDictionary(g => g.Key, g => g.Select(r => r.UserId).Distinct().ToList());
    }
}

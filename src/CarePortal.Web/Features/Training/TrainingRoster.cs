using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Training;

/// <summary>Who in the offices a supervisor or regional manager oversees has completed the training.</summary>
public sealed class TrainingRoster(AppDbContext db)
{
    private static readonly string[] Learners = [Roles.Caseworker, Roles.Supervisor];

    public static bool MaySee(ClaimsPrincipal user) =>
        user.OrganisationsWithRole(Roles.Supervisor).Count > 0 || user.OrganisationsWithRole(Roles.RegionalManager).Count > 0;

    public async Task<IReadOnlyList<RosterOffice>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tree = await OrganisationTree.LoadAsync(db, cancellationToken);
        var offices = user.OrganisationsWithRole(Roles.Supervisor)
            .Concat(user.OrganisationsWithRole(Roles.RegionalManager).SelectMany(tree.OfficesUnder))
            .Distinct()
            .ToList();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => offices.Contains(m.OrganisationId) && Learners.Contains(m.Role))
            .Select(m => new { m.OrganisationId, m.UserId, m.Role, m.User!.DisplayName, m.User.Email })
            .ToListAsync(cancellationToken);
        var ids = members.Select(m => m.UserId).Distinct().ToList();
        var completed = await db.TrainingProgress.AsNoTracking()
            .Where(p => p.UserId != null && ids.Contains(p.UserId) && p.CompletedAt != null)
            .ToDictionaryAsync(p => p.UserId!, p => p.CompletedAt, cancellationToken);
        return [.. offices
            .Select(id => new RosterOffice(id, tree[id]?.Name ?? $"Office {id}", [.. members
                .Where(m => m.OrganisationId == id)
                .OrderBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase)
                .Select(m => new RosterPerson(m.UserId, m.DisplayName, m.Email, m.Role, completed.GetValueOrDefault(m.UserId)))]))
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)];
    }
}

public sealed record RosterOffice(int Id, string Name, IReadOnlyList<RosterPerson> People);

public sealed record RosterPerson(string UserId, string Name, string? Email, string Role, DateTimeOffset? CompletedAt);

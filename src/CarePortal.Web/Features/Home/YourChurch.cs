using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>
/// The point person's church at a glance (paused or not, needs, members, teams) with the ways to its settings, members, teams and
/// profile: for the churches whose point person the user is now (<see cref="CurrentRoles"/>), not as the sign-in's claims said
/// up to 30 minutes ago, so no link is offered that would be refused; its people counted as active accounts (<see cref="ActiveAccounts"/>).
/// </summary>
public sealed class YourChurch(AppDbContext db) : IHomeSection
{
    public string View => "_YourChurch";

    public bool IsFor(ClaimsPrincipal user) => user.IsInRole(Roles.ChurchPointPerson);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var mine = CurrentRoles.PlacesOf(db, viewer.User.UserId(), Roles.ChurchPointPerson);
        var rows = await db.Churches.AsNoTracking().Where(c => mine.Contains(c.Id)).OrderBy(c => c.Organisation!.Name).Select(c => new
        {
            c.Id, c.Organisation!.Name, c.Paused, c.Needs,
            Teams = db.Organisations.Count(o => o.ParentId == c.Id && o.Kind == OrganisationKind.Team),
            Members = ActiveAccounts.Memberships(db).Where(m => m.OrganisationId == c.Id || (m.Organisation!.ParentId == c.Id && m.Organisation.Kind == OrganisationKind.Team))
                .Select(m => m.UserId).Distinct().Count(),
        }).ToListAsync(ct);
        return new YourChurchCard([.. rows.Select(r => new ChurchGlance(r.Id, r.Name, r.Paused,
            r.Needs.Split(',', StringSplitOptions.RemoveEmptyEntries).Length, r.Members, r.Teams))]);
    }
}

public sealed record YourChurchCard(IReadOnlyList<ChurchGlance> Churches);

public sealed record ChurchGlance(int Id, string Name, bool Paused, int Needs, int Members, int Teams);

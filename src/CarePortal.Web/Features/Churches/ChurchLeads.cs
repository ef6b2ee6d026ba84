using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Who runs a church, written once: its point person, and, where the design lets them (forwarding, asking nearby churches,
/// listing the responders, a team's settings, the standing offers), the leaders of its teams. Read from the memberships of
/// active accounts as they are now (<see cref="CurrentRoles"/>), never from the sign-in's claims, which outlive a role taken
/// away by up to 30 minutes: a point person made a responder, or a leader removed from the church, runs nothing from the next call.
/// </summary>
public static class ChurchLeads
{
    /// <summary>The churches whose point person the user is now.</summary>
    public static IQueryable<int> PointPersonOf(AppDbContext db, ClaimsPrincipal user) => CurrentRoles.PlacesOf(db, user.UserId(), Roles.ChurchPointPerson);

    /// <summary>The teams the user leads now.</summary>
    public static IQueryable<int> TeamsLedBy(AppDbContext db, ClaimsPrincipal user) => CurrentRoles.PlacesOf(db, user.UserId(), Roles.TeamLeader);

    /// <summary>The churches the user runs now: as point person, or as the leader of one of its teams.</summary>
    public static IQueryable<int> RunBy(AppDbContext db, ClaimsPrincipal user)
    {
        var points = PointPersonOf(db, user);
        var teams = TeamsLedBy(db, user);
        return db.Churches.Where(c => points.Contains(c.Id)
            || db.Organisations.Any(o => o.Kind == OrganisationKind.Team && o.ParentId == c.Id && teams.Contains(o.Id))).Select(c => c.Id);
    }

    public static Task<bool> IsPointPersonAsync(AppDbContext db, ClaimsPrincipal user, int churchId, CancellationToken ct) =>
        PointPersonOf(db, user).ContainsAsync(churchId, ct);

    /// <summary>Whether the user runs the church now, as its point person or a leader of one of its teams.</summary>
    public static Task<bool> RunsAsync(AppDbContext db, ClaimsPrincipal user, int churchId, CancellationToken ct) =>
        RunBy(db, user).ContainsAsync(churchId, ct);
}

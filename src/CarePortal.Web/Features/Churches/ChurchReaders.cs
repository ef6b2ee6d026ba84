using System.Linq.Expressions;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Who reads a church, written once for the list and for each church: an approved church, everyone signed in; an application
/// (applied, or declined) only the platform admins who decide on it and the person who applied. Anyone else learns nothing of
/// an application (404). <see cref="ReadAsync"/> is the one check, built from <see cref="Of"/>; every action on a church starts there.
/// </summary>
public static class ChurchReaders
{
    public static Expression<Func<Church, bool>> Of(ClaimsPrincipal user)
    {
        var platform = user.IsInRole(Roles.PlatformAdmin);
        var me = user.UserId();
        return c => platform || c.Status == ChurchStatus.Approved || c.PointPersonId == me;
    }

    /// <summary>The church if the user may read it; else, as for no church at all, 404.</summary>
    public static async Task<Church> ReadAsync(AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await db.Churches.Include(c => c.Organisation).Where(Of(user)).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NoSuchChurch();

    /// <summary>
    /// The church for its point person or a platform admin (and <paramref name="teamLeaderToo"/> a leader of one of its teams),
    /// as the memberships say now (<see cref="ChurchLeads"/>); a reader without the right: 403.
    /// </summary>
    public static async Task<Church> ForPointPersonAsync(AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct, bool teamLeaderToo = false)
    {
        var church = await ReadAsync(db, user, id, ct);
        if (!user.IsInRole(Roles.PlatformAdmin)
            && !await (teamLeaderToo ? ChurchLeads.RunsAsync(db, user, id, ct) : ChurchLeads.IsPointPersonAsync(db, user, id, ct)))
        {
            throw RefusedException.Forbidden("Only the church's point person (or a platform admin) does this.");
        }

        return church;
    }

    private static RefusedException NoSuchChurch() => new(StatusCodes.Status404NotFound, "Not found", "No such church.");
}

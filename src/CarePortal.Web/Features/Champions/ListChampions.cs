using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Champions;

/// <summary>The champions a platform admin decides on, with their emails: the pending ones first, oldest first, then the rest newest first.</summary>
public sealed class ListChampions(AppDbContext db, ContactViews contacts)
{
    public const int Max = 200;

    public async Task<List<ChampionView>> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only a platform admin lists champions.");
        }

        var pending = await ChampionView.ListAsync(db, c => c.Status == ChampionStatus.Pending, newestFirst: false, Max, ct);
        var decided = await ChampionView.ListAsync(db, c => c.Status != ChampionStatus.Pending, newestFirst: true, Max, ct);
        // The champions' emails: each view of the list recorded (ContactViews); none shown to a view asked from another site.
        var shows = await contacts.RecordAsync(user, "emails on the champions list", null, ct);
        return shows ? [.. pending, .. decided] : [.. pending.Concat(decided).Select(c => c with { Email = "" })];
    }
}

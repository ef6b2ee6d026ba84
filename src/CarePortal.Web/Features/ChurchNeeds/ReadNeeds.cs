using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>A church's own needs for its people (not met first, newest first), and one of them: never the private note.</summary>
public sealed class ReadNeeds(AppDbContext db, ChurchNeedAccess access)
{
    public const int Shown = 200;

    public async Task<IReadOnlyList<ChurchNeedView>> ListAsync(ClaimsPrincipal user, int churchId, CancellationToken ct)
    {
        await access.MemberAsync(user, churchId, ct);
        return await ViewsAsync(user, access.Readable(user).Where(n => n.ChurchId == churchId)
            .OrderBy(n => n.MetAt != null).ThenByDescending(n => n.PostedAt).ThenByDescending(n => n.Id).Take(Shown), ct);
    }

    public async Task<ChurchNeedView> ReadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        await access.AuthorizeAsync(user, id, ChurchNeedOperation.Read, ct);
        return (await ViewsAsync(user, access.Readable(user).Where(n => n.Id == id), ct))[0];
    }

    private async Task<List<ChurchNeedView>> ViewsAsync(ClaimsPrincipal user, IQueryable<ChurchNeed> needs, CancellationToken ct)
    {
        var me = user.UserId();
        var responses = db.Set<ChurchNeedResponse>();
        var rows = await needs.AsNoTracking().Select(n => new
        {
            Need = n,
            Team = db.Organisations.Where(o => o.Id == n.TeamId).Select(o => o.Name).FirstOrDefault(),
            Helping = responses.Count(r => r.ChurchNeedId == n.Id),
            IHelp = responses.Any(r => r.ChurchNeedId == n.Id && r.UserId == me),
        }).ToListAsync(ct);
        return [.. rows.Select(r => ChurchNeedView.Of(r.Need, r.Team, r.Helping, r.IHelp))];
    }
}

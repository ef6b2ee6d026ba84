using System.Linq.Expressions;
using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>A champion as the champion and platform admins see them: the contact's email is for the admin deciding and for the champion.</summary>
public sealed record ChampionView(int Id, string Name, ChampionKind Kind, string Email, string Zip, double RadiusMiles, ChampionStatus Status, string? DeclineReason,
    DateTimeOffset CreatedAt)
{
    /// <summary>The champions <paramref name="which"/> picks, in id order (newest first when <paramref name="newestFirst"/>), at most <paramref name="max"/>.</summary>
    public static Task<List<ChampionView>> ListAsync(AppDbContext db, Expression<Func<Champion, bool>> which, bool newestFirst, int max, CancellationToken ct)
    {
        var chosen = db.Set<Champion>().AsNoTracking().Where(which).Join(db.Users, c => c.PersonId, u => u.Id, (c, u) => new { c, u.Email });
        return (newestFirst ? chosen.OrderByDescending(x => x.c.Id) : chosen.OrderBy(x => x.c.Id)).Take(max)
            .Select(x => new ChampionView(x.c.Id, x.c.Name, x.c.Kind, x.Email ?? "", x.c.Zip, x.c.RadiusMiles, x.c.Status, x.c.DeclineReason, x.c.CreatedAt))
            .ToListAsync(ct);
    }

    public static async Task<ChampionView> ReadAsync(AppDbContext db, int id, CancellationToken ct) =>
        (await ListAsync(db, c => c.Id == id, newestFirst: false, 1, ct)).Single();
}

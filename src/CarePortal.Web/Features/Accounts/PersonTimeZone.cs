using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// The time zone a person's pages show times in: the first of their organisations, walking up the tree, that names one
/// (an office's agency; a church's own). None named: UTC, called by its name.
/// </summary>
public sealed class PersonTimeZone(AppDbContext db, OrganisationZoneCache cache)
{
    private TimeZoneInfo? known;

    public async Task<TimeZoneInfo> OfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (known is not null)
        {
            return known;
        }

        var start = user.FindAll(MembershipClaimTypes.Membership).Select(c => c.Value.Split('@'))
            .Where(p => p.Length == 2 && int.TryParse(p[1], out _)).Select(p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().ToList();
        if (start.Count == 0)
        {
            return known = TimeZoneInfo.Utc;
        }

        var key = string.Join(',', start.Order());
        if (cache.TryGet(key, out var remembered))
        {
            return known = remembered;
        }

        known = await WalkAsync(start, ct);
        cache.Keep(key, known);
        return known;
    }

    private async Task<TimeZoneInfo> WalkAsync(List<int> start, CancellationToken ct)
    {
        var tree = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId, o.TimeZone }).ToDictionaryAsync(o => o.Id, ct);
        foreach (var id in start)
        {
            for (var node = tree.GetValueOrDefault(id); node is not null; node = node.ParentId is { } parent ? tree.GetValueOrDefault(parent) : null)
            {
                if (!string.IsNullOrEmpty(node.TimeZone))
                {
                    return AgencyTimeZone.Of(node.TimeZone);
                }
            }
        }

        return TimeZoneInfo.Utc;
    }

    /// <summary>The zone of the agency a request belongs to (its pages show the agency's clock to everyone in it).</summary>
    public async Task<TimeZoneInfo> OfAgencyAsync(int agencyId, CancellationToken ct) =>
        AgencyTimeZone.Of(await db.Organisations.Where(o => o.Id == agencyId).Select(o => o.TimeZone).SingleOrDefaultAsync(ct));
}

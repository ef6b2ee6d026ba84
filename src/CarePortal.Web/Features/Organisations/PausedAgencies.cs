using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// What a paused agency cannot do, said once: no request of it is submitted or approved, so nothing new of it reaches the
/// churches. Drafts are written and kept; requests already open stay with the churches, and what a church committed to is kept.
/// </summary>
public static class PausedAgencies
{
    public const string Title = "Agency paused";

    /// <summary>What the agency's people read, on their home and when a submission or approval is refused.</summary>
    public static string Sentence(string agency) =>
        $"{agency} is paused by CarePortal's administrators: its requests can be written and kept as drafts, but none is submitted "
        + "or approved until it is reactivated. Requests already open stay with the churches.";

    /// <summary>Refuses (409) a submission or an approval of a request of a paused agency.</summary>
    public static async Task ThrowIfPausedAsync(AppDbContext db, int agencyId, CancellationToken ct)
    {
        var paused = await db.Organisations.AsNoTracking().Where(o => o.Id == agencyId && o.Paused).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (paused is not null)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, Title, Sentence(paused));
        }
    }

    /// <summary>The paused agencies among those holding <paramref name="organisationIds"/> (an agency, or a region, county or office under one).</summary>
    public static async Task<IReadOnlyList<string>> AmongAsync(AppDbContext db, IReadOnlyCollection<int> organisationIds, CancellationToken ct)
    {
        if (organisationIds.Count == 0)
        {
            return [];
        }

        return await AgenciesHolding.Of(db, organisationIds).AsNoTracking().Where(o => o.Paused).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
    }
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Requests;

/// <summary>Organisations' question before a county or office is removed: the requests written for it, which keep their place for the reports.</summary>
public sealed class RequestsAtPlace(AppDbContext db) : IPlaceUses
{
    public async Task<string?> UseOfAsync(int placeId, CancellationToken ct)
    {
        var count = await db.Requests.CountAsync(r => r.OfficeId == placeId || r.CountyId == placeId, ct);
        return count == 0 ? null : $"{(count == 1 ? "1 request was" : $"{count} requests were")} written for it, and keep it for the reports";
    }
}

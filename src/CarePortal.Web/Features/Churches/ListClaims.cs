using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>Each item of a request and whether a church is meeting it (whether it is the reader's church; which one, for the agency).</summary>
public sealed class ListClaims(AppDbContext db, ReadRequest workflow, ChurchAccess access)
{
    public async Task<List<ItemClaimView>> ClaimsAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        var mine = await access.ChurchesOfAsync(user, ct);
        var claims = await db.ItemClaims.AsNoTracking().Where(c => c.CareRequestId == id).ToListAsync(ct);
        var staff = RequestPermissions.IsAgencyStaff(user, request);
        var names = staff
            ? await db.Organisations.AsNoTracking().Where(o => claims.Select(c => c.ChurchId).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct)
            : [];
        return [.. request.Items.Select(i =>
        {
            var claim = claims.FirstOrDefault(c => c.RequestItemId == i.Id);
            return new ItemClaimView(i.Id, i.Name, i.Quantity, claim is not null, claim is not null && mine.Contains(claim.ChurchId),
                claim is not null && names.TryGetValue(claim.ChurchId, out var name) ? name : null);
        })];
    }
}

public sealed record ItemClaimView(int ItemId, string Name, int Quantity, bool BeingMet, bool ByYourChurch, string? Church);

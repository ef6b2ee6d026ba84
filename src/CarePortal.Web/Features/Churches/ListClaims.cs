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
            var on = claims.Where(c => c.RequestItemId == i.Id).ToList();
            var committed = on.Sum(c => c.Quantity);
            var churches = on.Select(c => names.GetValueOrDefault(c.ChurchId)).OfType<string>().ToList();
            return new ItemClaimView(i.Id, i.Name, i.Quantity, committed >= i.Quantity, on.Any(c => mine.Contains(c.ChurchId)),
                churches.Count == 0 ? null : string.Join(", ", churches), Math.Max(0, i.Quantity - committed), on.Where(c => mine.Contains(c.ChurchId)).Sum(c => c.Quantity));
        })];
    }
}

/// <summary>
/// An item and its commitments: <paramref name="BeingMet"/> once churches committed its whole quantity; <paramref name="StillNeeded"/>
/// what is left; <paramref name="YourChurchGives"/> what the reader's churches committed; the churches by name for agency staff only.
/// </summary>
public sealed record ItemClaimView(int ItemId, string Name, int Quantity, bool BeingMet, bool ByYourChurch, string? Church, int StillNeeded, int YourChurchGives);

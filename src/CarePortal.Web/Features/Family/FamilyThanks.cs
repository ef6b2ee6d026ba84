using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Family;

/// <summary>The one thing of the family's answers a church may hear (<see cref="IFamilyThanks"/>): that they said thank you, if they chose it.</summary>
public sealed class FamilyThanks(AppDbContext db) : IFamilyThanks
{
    public Task<bool> SaidThankYouAsync(int requestId, CancellationToken ct) =>
        db.Set<FamilyAnswer>().AnyAsync(a => a.CareRequestId == requestId && a.ThankChurch, ct);
}

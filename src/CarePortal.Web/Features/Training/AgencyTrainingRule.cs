using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Training;

/// <summary>The agency's settings page's way to <see cref="TrainingRequirement"/>.</summary>
public sealed class AgencyTrainingRule(AppDbContext db, TimeProvider clock) : IAgencyTrainingRule
{
    public Task<bool> RequiredAsync(int agencyId, CancellationToken ct) =>
        db.TrainingRequirements.AnyAsync(r => r.AgencyId == agencyId && r.RequiredBeforeFirstRequest, ct);

    public async Task SetAsync(int agencyId, bool required, string userId, CancellationToken ct)
    {
        var setting = await db.TrainingRequirements.FindAsync([agencyId], ct);
        if (setting is null)
        {
            setting = new TrainingRequirement { AgencyId = agencyId };
            db.Add(setting);
        }

        setting.RequiredBeforeFirstRequest = required;
        setting.UpdatedAt = clock.GetUtcNow();
        setting.UpdatedBy = userId;
    }
}

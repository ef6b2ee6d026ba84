using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The region's manager (or a platform admin) sets a county's radius and number of churches; the change is audited (on the
/// county, so in its agency's log) in the setting's own save, from the page and the API alike.
/// </summary>
public sealed class SetCountyReach(AppDbContext db, AdminAudit audit)
{
    public async Task SetReachAsync(ClaimsPrincipal user, int countyId, CountyReachInput input, CancellationToken ct)
    {
        var county = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == countyId && o.Kind == OrganisationKind.County, ct)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such county.");
        if (!user.HasRoleAt(Roles.RegionalManager, county.ParentId) && !user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only the region's manager sets a county's radius and number of churches.");
        }

        if (input.RadiusMiles is not (> 0 and <= Church.MaxRadiusMiles) || input.Churches is < 1 or > 50)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["radiusMiles"] = [$"A radius from 1 to {Church.MaxRadiusMiles} miles and 1 to 50 churches."] });
        }

        if (input.EscalationRadiusMiles is { } far && (far < input.RadiusMiles || far > 2 * Church.MaxRadiusMiles) || input.EscalationChurches is < 1 or > 50)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]>
            {
                ["escalationRadiusMiles"] = [$"On escalation: a radius from the first radius ({input.RadiusMiles:0.#} miles) to {2 * Church.MaxRadiusMiles} miles and 1 to 50 more churches, or empty for the defaults."],
            });
        }

        var setting = await db.CountySettings.SingleOrDefaultAsync(c => c.CountyId == countyId, ct);
        if (setting is null)
        {
            setting = new CountySetting { CountyId = countyId };
            db.CountySettings.Add(setting);
        }

        audit.Record(user, "county-reach-set", $"Reach of {county.Name}: {input.RadiusMiles:0.#} miles and {input.Churches} churches first; on escalation "
            + $"{(input.EscalationRadiusMiles is { } escalation ? $"{escalation:0.#} miles" : "twice as far")} and {(input.EscalationChurches is { } more ? $"{more}" : "as many")} more.", countyId);
        setting.RadiusMiles = input.RadiusMiles;
        setting.Churches = input.Churches;
        setting.EscalationRadiusMiles = input.EscalationRadiusMiles;
        setting.EscalationChurches = input.EscalationChurches;
        await db.SaveChangesAsync(ct);
    }
}

public sealed record CountyReachInput(double RadiusMiles, int Churches, double? EscalationRadiusMiles = null, int? EscalationChurches = null);

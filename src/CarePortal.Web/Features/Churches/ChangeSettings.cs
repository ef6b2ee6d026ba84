using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person (or a platform admin) changes where the church is, how far it goes, what it serves, and pauses it.</summary>
public sealed class ChangeSettings(AppDbContext db)
{
    public async Task<Church> SetAsync(ClaimsPrincipal user, int id, ChurchSettingsInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        var errors = new Dictionary<string, string[]>();
        if (!ZipCentroids.TryGet(input.Zip, out var point))
        {
            errors["zip"] = ["Give the five-digit ZIP of the church's street address."];
        }

        ChurchEnrolment.CheckRadiusAndNeeds(input.RadiusMiles, input.Needs, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        church.Zip = ChurchEnrolment.Zip5(input.Zip);
        church.Organisation!.Zip = church.Zip;
        (church.Latitude, church.Longitude) = (point.Latitude, point.Longitude);
        church.RadiusMiles = input.RadiusMiles;
        church.NeedsServed = input.Needs!;
        church.Paused = input.Paused;
        await db.SaveChangesAsync(ct);
        return church;
    }
}

public sealed record ChurchSettingsInput(string? Zip, double? RadiusMiles, IReadOnlyList<string>? Needs, bool Paused);

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The point person (or a platform admin) changes where the church is, how far it goes, what it serves, its time zone, and
/// pauses it, and whether it is a connecting church (takes champions' offers). An address or zone left out (null) stays as it
/// was; an empty one clears it; a connecting choice left out stays too.
/// </summary>
public sealed class ChangeSettings(AppDbContext db, AdminAudit audit, OrganisationZoneCache zones)
{
    public async Task<Church> SetAsync(ClaimsPrincipal user, int id, ChurchSettingsInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        FieldChecks.ThrowIfInvalid(input);
        var errors = new Dictionary<string, string[]>();
        if (!ZipCentroids.TryGet(input.Zip, out var point))
        {
            errors["zip"] = ["Give the five-digit ZIP of the church's street address."];
        }

        ChurchEnrolment.CheckRadiusAndNeeds(input.RadiusMiles, input.Needs, errors);
        var address = ChurchText.Checked(input.Address, "address", "the street address", ChurchText.MaxAddress, lines: false, errors);
        var zone = ChurchText.Zone(input.TimeZone, errors);
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
        if (input.Connecting is { } connecting)
        {
            church.Connecting = connecting;
        }
        if (input.Address is not null)
        {
            church.Address = address;
        }

        if (input.TimeZone is not null)
        {
            church.Organisation.TimeZone = zone;
        }

        audit.Record(user, "church-settings-changed", $"Changed the settings of {church.Organisation.Name}: ZIP {church.Zip}, radius {(church.RadiusMiles is { } r ? $"{r} miles" : "the county's")}, {church.NeedsServed.Count} needs, time zone {church.Organisation.TimeZone ?? "none"}{(church.Paused ? ", paused" : "")}{(church.Connecting ? ", a connecting church" : ", not a connecting church")}.", id);
        await db.SaveChangesAsync(ct);
        zones.Forget();
        return church;
    }
}

public sealed record ChurchSettingsInput(string? Zip, double? RadiusMiles,
    [property: MaxLength(Needs.MaxListed, ErrorMessage = Needs.MaxListedMessage)] IReadOnlyList<string>? Needs,
    bool Paused, string? Address = null, string? TimeZone = null, bool? Connecting = null);

using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>An agency's own settings, changed by its agency admin (or a platform admin), for the API and the page alike.</summary>
public sealed class AgencySettings(AppDbContext db, IAgencyAdmins admins)
{
    public async Task<AgencySettingsView> ReadAsync(ClaimsPrincipal user, int agencyId, CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync(user, agencyId, cancellationToken);
        return AgencySettingsView.Of(agency);
    }

    /// <summary>Sets the IANA time zone the agency's business days are counted in; empty means UTC.</summary>
    public async Task<AgencySettingsView> SetTimeZoneAsync(ClaimsPrincipal user, int agencyId, string? timeZone, CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync(user, agencyId, cancellationToken);
        var zone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();
        if (zone is not null && (zone.Length > 64 || !AgencyTimeZone.IsKnownIanaId(zone)))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]>
            {
                ["timeZone"] = [$"Unknown time zone \"{(zone.Length > 64 ? zone[..64] + "…" : zone)}\": give an IANA id such as America/Chicago, or leave it empty for UTC."],
            });
        }

        agency.TimeZone = zone;
        await db.SaveChangesAsync(cancellationToken);
        return AgencySettingsView.Of(agency);
    }

    public const int MaxFirstRequests = 50;

    /// <summary>Sets whether a coworker must read a draft before it is submitted: off, each caseworker's first N requests, or all.</summary>
    public async Task<AgencySettingsView> SetCoworkerReadPolicyAsync(
        ClaimsPrincipal user, int agencyId, CoworkerReadPolicy? policy, int? firstRequests, CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync(user, agencyId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (policy is null || !Enum.IsDefined(policy.Value))
        {
            errors["policy"] = ["Choose Off, NewCaseworkers or All."];
        }

        var count = firstRequests ?? agency.CoworkerReadFirstRequests;
        if (policy == CoworkerReadPolicy.NewCaseworkers && count is < 1 or > MaxFirstRequests)
        {
            errors["firstRequests"] = [$"Say how many first requests need a read: 1 to {MaxFirstRequests}."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        agency.CoworkerReadPolicy = policy!.Value;
        agency.CoworkerReadFirstRequests = Math.Clamp(count, 1, MaxFirstRequests);
        await db.SaveChangesAsync(cancellationToken);
        return AgencySettingsView.Of(agency);
    }

    private async Task<Organisation> AgencyAsync(ClaimsPrincipal user, int agencyId, CancellationToken cancellationToken)
    {
        var agency = await db.Organisations.SingleOrDefaultAsync(o => o.Id == agencyId && o.Kind == OrganisationKind.Agency, cancellationToken)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such agency.");
        if (!admins.Administers(user, agencyId))
        {
            throw RefusedException.Forbidden("Only the agency's admin or a platform admin changes its settings.");
        }

        return agency;
    }
}

public sealed record AgencySettingsView(int Id, string Name, ApprovalOption? ApprovalOption, string? TimeZone,
    CoworkerReadPolicy CoworkerReadPolicy, int CoworkerReadFirstRequests)
{
    public static AgencySettingsView Of(Organisation agency) =>
        new(agency.Id, agency.Name, agency.ApprovalOption, agency.TimeZone, agency.CoworkerReadPolicy, agency.CoworkerReadFirstRequests);
}

public sealed record CoworkerReadPolicyInput(CoworkerReadPolicy? Policy, int? FirstRequests);

public sealed record TimeZoneInput(string? TimeZone);

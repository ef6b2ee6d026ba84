using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Organisations;

/// <summary>An agency's own settings, changed by its agency admin (or a platform admin), for the API and the page alike.</summary>
public sealed class AgencySettings(AppDbContext db, IAgencyAdmins admins, IAgencyTrainingRule training, IAuditTrail audit, OrganisationZoneCache zones)
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
        audit.Record(user, "agency-time-zone-set", $"Time zone of {agency.Name} set to {zone ?? "UTC"}.", agency.Id);
        await db.SaveChangesAsync(cancellationToken);
        zones.Forget();
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
        audit.Record(user, "agency-coworker-read-set", $"Coworker read of {agency.Name} set to {agency.CoworkerReadPolicy}"
            + (agency.CoworkerReadPolicy == CoworkerReadPolicy.NewCaseworkers ? $" (first {agency.CoworkerReadFirstRequests} requests)." : "."), agency.Id);
        await db.SaveChangesAsync(cancellationToken);
        return AgencySettingsView.Of(agency);
    }

    /// <summary>Sets who approves the agency's requests (PRODUCT.md, Approval).</summary>
    public async Task<AgencySettingsView> SetApprovalOptionAsync(ClaimsPrincipal user, int agencyId, ApprovalOption? option, CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync(user, agencyId, cancellationToken);
        if (option is not { } chosen || !Enum.IsDefined(chosen))
        {
            throw RefusedException.Invalid("approvalOption", "Choose who approves a caseworker's request.");
        }

        agency.ApprovalOption = chosen;
        audit.Record(user, "agency-approval-option-set", $"Approval option of {agency.Name} set to {chosen}.", agency.Id);
        await db.SaveChangesAsync(cancellationToken);
        return AgencySettingsView.Of(agency);
    }

    /// <summary>Sets whether caseworkers complete the training before their first request (kept by Training).</summary>
    public async Task<AgencySettingsView> SetTrainingRequiredAsync(ClaimsPrincipal user, int agencyId, bool required, CancellationToken cancellationToken)
    {
        var agency = await AgencyAsync(user, agencyId, cancellationToken);
        await training.SetAsync(agencyId, required, user.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        audit.Record(user, "agency-training-rule-set", $"Training before the first request {(required ? "required" : "not required")} at {agency.Name}.", agency.Id);
        await db.SaveChangesAsync(cancellationToken);
        return AgencySettingsView.Of(agency);
    }

    public const string OnlyAdmins = "Only the agency's admin or a platform admin changes its settings.";

    /// <summary>The agency, tracked, for its admin or a platform admin: 404 when there is none, 403 for anyone else.</summary>
    public async Task<Organisation> AgencyAsync(ClaimsPrincipal user, int agencyId, CancellationToken cancellationToken)
    {
        var agency = await db.Organisations.SingleOrDefaultAsync(o => o.Id == agencyId && o.Kind == OrganisationKind.Agency, cancellationToken)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such agency.");
        if (!admins.Administers(user, agencyId))
        {
            throw RefusedException.Forbidden(OnlyAdmins);
        }

        return agency;
    }
}

public sealed record AgencySettingsView(int Id, string Name, ApprovalOption? ApprovalOption, string? TimeZone,
    CoworkerReadPolicy CoworkerReadPolicy, int CoworkerReadFirstRequests, string? Glossary = null, string? NeedTemplates = null, bool Paused = false,
    string? InformationContactName = null, string? InformationContactEmail = null)
{
    public static AgencySettingsView Of(Organisation agency) =>
        new(agency.Id, agency.Name, agency.ApprovalOption, agency.TimeZone, agency.CoworkerReadPolicy, agency.CoworkerReadFirstRequests,
            agency.ReviewGlossary, agency.ReviewNeedTemplates, agency.Paused, agency.InformationContactName, agency.InformationContactEmail);
}

public sealed record CoworkerReadPolicyInput(CoworkerReadPolicy? Policy, int? FirstRequests);

public sealed record TimeZoneInput(string? TimeZone);

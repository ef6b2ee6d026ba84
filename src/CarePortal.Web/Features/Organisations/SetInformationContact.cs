using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// Sets the agency's information contact: the person a tier-3 request (becoming a foster or adoptive family) is sent to
/// instead of churches. Both name and email, or neither (cleared: tier-3 requests are then refused until one is set). Audited.
/// </summary>
public sealed class SetInformationContact(AppDbContext db, AgencySettings agencies, IAuditTrail audit)
{
    public const int NameLength = 200;
    public const int EmailLength = 256;

    public async Task<AgencySettingsView> RunAsync(ClaimsPrincipal user, int agencyId, InformationContactInput input, CancellationToken ct)
    {
        var agency = await agencies.AgencyAsync(user, agencyId, ct);
        var name = input.ContactName?.Trim() ?? "";
        var email = input.ContactEmail?.Trim() ?? "";
        if (name.Length == 0 && email.Length == 0)
        {
            agency.InformationContactName = null;
            agency.InformationContactEmail = null;
            audit.Record(user, "agency-information-contact-cleared", $"Information contact of {agency.Name} cleared: tier-3 requests are refused until one is set.", agency.Id);
            await db.SaveChangesAsync(ct);
            return AgencySettingsView.Of(agency);
        }

        var errors = new Dictionary<string, string[]>();
        if (name.Length is 0 or > NameLength)
        {
            errors["contactName"] = [$"Give the information contact's name (at most {NameLength} characters)."];
        }

        if (email.Length > EmailLength || !MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            errors["contactEmail"] = ["Give the information contact's email address, such as foster.info@agency.example."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        agency.InformationContactName = name;
        agency.InformationContactEmail = email;
        audit.Record(user, "agency-information-contact-set", $"Information contact of {agency.Name} set to {name} <{email}>.", agency.Id);
        await db.SaveChangesAsync(ct);
        return AgencySettingsView.Of(agency);
    }
}

public sealed record InformationContactInput(
    [property: MaxLength(SetInformationContact.NameLength)] string? ContactName, [property: MaxLength(SetInformationContact.EmailLength)] string? ContactEmail);

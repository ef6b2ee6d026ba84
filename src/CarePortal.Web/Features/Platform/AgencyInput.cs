using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Platform;

/// <summary>A new agency as the platform admin describes it: its name, time zone, approval option, where it works, its first admin.</summary>
public sealed record AgencyInput(
    string? Name, string? TimeZone, ApprovalOption? ApprovalOption,
    [property: MaxLength(OfficeRow.MaxRows, ErrorMessage = OfficeRow.MaxRowsMessage)] IReadOnlyList<OfficeRow>? Offices,
    string? AdminName, string? AdminEmail)
{
    /// <summary>The rows someone filled in (a row left blank on the form is no row): not an input of its own.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<OfficeRow> FilledRows => [.. (Offices ?? []).Where(r => !r.IsBlank)];

    /// <summary>Every field's problem in our words (field → messages), none when the agency can be made.</summary>
    public Dictionary<string, string[]> Problems(IZipLocator zips)
    {
        var errors = OfficeRow.Problems(Offices, new Dictionary<string, string>(), zips, "offices", officeNeeded: true);
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
        {
            errors["name"] = ["Give the agency's name (at most 200 characters)."];
        }
        else if (!PlainTextAttribute.IsPlain(Name, lines: false))
        {
            errors["name"] = [PlainTextAttribute.Message("the agency's name")];
        }

        if (string.IsNullOrWhiteSpace(TimeZone) || TimeZone.Trim().Length > 64 || !AgencyTimeZone.IsKnownIanaId(TimeZone.Trim()))
        {
            errors["timeZone"] = ["Choose the agency's time zone from the list, such as America/Chicago: its business days are counted there."];
        }

        if (ApprovalOption is not { } option || !Enum.IsDefined(option))
        {
            errors["approvalOption"] = ["Choose who approves a caseworker's request."];
        }

        if (string.IsNullOrWhiteSpace(AdminName) || AdminName.Trim().Length > 100 || !PlainTextAttribute.IsPlain(AdminName, lines: false))
        {
            errors["adminName"] = ["Give the first agency admin's name (at most 100 characters)."];
        }

        if (!IsEmail(AdminEmail))
        {
            errors["adminEmail"] = ["Give the first agency admin's email address, such as name@agency.example."];
        }

        return errors;
    }

    public static bool IsEmail(string? email) =>
        email is { Length: > 0 and <= 256 } && System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var address)
        && address.Address == email.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}

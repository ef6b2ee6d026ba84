using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Platform;

/// <summary>A new agency as the platform admin describes it: its name, time zone, approval option, where it works, its first admin.</summary>
public sealed record AgencyInput(
    string? Name, string? TimeZone, ApprovalOption? ApprovalOption, IReadOnlyList<OfficeRow>? Offices, string? AdminName, string? AdminEmail)
{
    public const int MaxRows = 60;

    /// <summary>The rows someone filled in (a row left blank on the form is no row).</summary>
    public IReadOnlyList<OfficeRow> FilledRows => [.. (Offices ?? []).Where(r => !r.IsBlank)];

    /// <summary>Every field's problem in our words (field → messages), none when the agency can be made.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var errors = new Dictionary<string, string[]>();
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

        CheckRows(errors);
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

    private void CheckRows(Dictionary<string, string[]> errors)
    {
        var rows = Offices ?? [];
        if (rows.Count > MaxRows)
        {
            errors["offices"] = [$"At most {MaxRows} rows at once: onboard the rest from the agency's settings."];
            return;
        }

        var regionOfCounty = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (row.Problem() is { } problem)
            {
                errors[$"offices[{i}]"] = [$"Row {i + 1}: {problem}"];
            }
            else if (regionOfCounty.TryGetValue(row.County!.Trim(), out var region) && !region.Equals(row.Region!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors[$"offices[{i}]"] = [$"Row {i + 1}: {row.County.Trim()} is in {region} on an earlier row: a county belongs to one region."];
            }
            else
            {
                regionOfCounty[row.County!.Trim()] = row.Region!.Trim();
            }
        }

        if (!rows.Any(r => !r.IsBlank && r.Problem() is null && !string.IsNullOrWhiteSpace(r.Office)))
        {
            errors.TryAdd("offices", ["Give at least one office, with its region, county and ZIP: caseworkers belong to an office."]);
        }
    }
}

/// <summary>One line of where an agency works: a county in a region, and (optionally) an office there with its ZIP.</summary>
public sealed record OfficeRow(string? Region, string? County, string? Office, string? Zip)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(County) && string.IsNullOrWhiteSpace(Office) && string.IsNullOrWhiteSpace(Zip);

    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Region) || string.IsNullOrWhiteSpace(County))
        {
            return "give both the region and the county.";
        }

        if (new[] { Region, County, Office }.Any(n => n is { Length: > 200 } || (n is not null && !PlainTextAttribute.IsPlain(n, lines: false))))
        {
            return "a name has at most 200 characters, written as plain text.";
        }

        if (!string.IsNullOrWhiteSpace(Office) && !ZipCentroids.TryGet(Zip, out _))
        {
            return "give the office's five-digit ZIP (one we know, such as 37917).";
        }

        return string.IsNullOrWhiteSpace(Office) && !string.IsNullOrWhiteSpace(Zip) ? "give the office's name for this ZIP, or take the ZIP away." : null;
    }

    public string? Zip5 => string.IsNullOrWhiteSpace(Office) ? null : ChurchEnrolment.Zip5(Zip);
}

using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Organisations;

/// <summary>One line of where an agency works: a county in a region, and (optionally) an office there with its ZIP.</summary>
public sealed record OfficeRow(string? Region, string? County, string? Office, string? Zip)
{
    public const int MaxRows = 60;

    public const string MaxRowsMessage = "At most 60 rows at once: add the rest afterwards.";

    public bool IsBlank => string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(County) && string.IsNullOrWhiteSpace(Office) && string.IsNullOrWhiteSpace(Zip);

    public bool HasOffice => !string.IsNullOrWhiteSpace(Office);

    /// <summary>
    /// Each filled row's problem (<c>{field}[i]</c> → "Row 2: …"), and <paramref name="field"/> itself when no row gives an office
    /// though one is needed. A county already in another region (on the agency or on an earlier row) is refused.
    /// </summary>
    public static Dictionary<string, string[]> Problems(
        IReadOnlyList<OfficeRow>? rows, IReadOnlyDictionary<string, string> regionOfCounty, IZipLocator zips, string field, bool officeNeeded)
    {
        var errors = new Dictionary<string, string[]>();
        rows ??= [];
        if (rows.Count > MaxRows)
        {
            errors[field] = [MaxRowsMessage];
            return errors;
        }

        var regions = new Dictionary<string, string>(regionOfCounty, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (row.Problem(zips) is { } problem)
            {
                errors[$"{field}[{i}]"] = [$"Row {i + 1}: {problem}"];
            }
            else if (regions.TryGetValue(row.County!.Trim(), out var region) && !region.Equals(row.Region!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors[$"{field}[{i}]"] = [$"Row {i + 1}: {row.County.Trim()} is in {region} already: a county belongs to one region."];
            }
            else
            {
                regions[row.County!.Trim()] = row.Region!.Trim();
            }
        }

        if (officeNeeded && !rows.Any(r => !r.IsBlank && r.HasOffice && r.Problem(zips) is null))
        {
            errors.TryAdd(field, ["Give at least one office, with its region, county and ZIP: caseworkers belong to an office."]);
        }
        else if (!officeNeeded && rows.All(r => r.IsBlank))
        {
            errors.TryAdd(field, ["Give a region and a county, and the office's name and ZIP if there is one."]);
        }

        return errors;
    }

    private string? Problem(IZipLocator zips)
    {
        if (string.IsNullOrWhiteSpace(Region) || string.IsNullOrWhiteSpace(County))
        {
            return "give both the region and the county.";
        }

        if (new[] { Region, County, Office }.Any(n => n is { Length: > 200 } || (n is not null && !PlainTextAttribute.IsPlain(n, lines: false))))
        {
            return "a name has at most 200 characters, written as plain text.";
        }

        if (HasOffice && zips.Known(Zip) is null)
        {
            return "give the office's five-digit ZIP (one we know, such as 37917).";
        }

        return !HasOffice && !string.IsNullOrWhiteSpace(Zip) ? "give the office's name for this ZIP, or take the ZIP away." : null;
    }
}

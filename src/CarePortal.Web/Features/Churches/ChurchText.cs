using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Churches;

/// <summary>The checks of what a point person writes about their church: its address, time zone, profile and team names.</summary>
public static class ChurchText
{
    public const int MaxAddress = 200;

    public const int MaxAbout = 1000;

    public const int MaxTeamName = 100;

    public const int MaxDeclineReason = 1000;

    /// <summary>Trimmed text, or null when empty; a message in <paramref name="errors"/> when too long or not plain text.</summary>
    public static string? Checked(string? text, string field, string what, int max, bool lines, Dictionary<string, string[]> errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is null)
        {
            return null;
        }

        if (trimmed.Length > max)
        {
            errors[field] = [$"Write {what} in at most {max} characters (this has {trimmed.Length})."];
        }
        else if (!PlainTextAttribute.IsPlain(trimmed, lines))
        {
            errors[field] = [PlainTextAttribute.Message(what)];
        }

        return trimmed;
    }

    /// <summary>An IANA zone id, or null for none (the church then shows times in UTC); a message when this machine does not know it.</summary>
    public static string? Zone(string? zone, Dictionary<string, string[]> errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim();
        if (trimmed is not null && (trimmed.Length > 64 || !AgencyTimeZone.IsKnownIanaId(trimmed)))
        {
            errors["timeZone"] = [$"Unknown time zone \"{(trimmed.Length > 64 ? trimmed[..64] + "…" : trimmed)}\": choose one from the list, such as America/Chicago."];
        }

        return trimmed;
    }
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Texts;

/// <summary>A person with a verified number turns texts on or off, chooses their language and their quiet hours (both or none).</summary>
public sealed class SaveTextSettings(AppDbContext db)
{
    public async Task RunAsync(string userId, TextSettingsInput input, string zone, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!SendTextCode.Languages.Contains(input.Language))
        {
            errors["language"] = ["Choose the language of your texts: English or Spanish."];
        }

        var from = Time(input.QuietFrom, "quietFrom", errors);
        var to = Time(input.QuietTo, "quietTo", errors);
        if ((from is null) != (to is null) && !errors.ContainsKey("quietFrom") && !errors.ContainsKey("quietTo"))
        {
            errors[from is null ? "quietFrom" : "quietTo"] = ["Give both ends of your quiet hours, or leave both empty for none."];
        }

        var person = await db.Set<TextSubscription>().SingleOrDefaultAsync(s => s.UserId == userId && s.Phone != null, ct)
            ?? throw RefusedException.Conflict("No number yet", "Verify your mobile number first: texts begin once the code we send comes back.");
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        person.On = input.On;
        person.Language = input.Language!;
        person.QuietFrom = from;
        person.QuietTo = to;
        person.TimeZone = zone;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The person's number and texts are forgotten (a new number needs a new code).</summary>
    public Task ForgetAsync(string userId, CancellationToken ct) =>
        db.Set<TextSubscription>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    private static TimeOnly? Time(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length <= 8 && TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[field] = ["Write a time of day such as 21:00."];
        return null;
    }
}

public sealed record TextSettingsInput(bool On, string? Language, string? QuietFrom, string? QuietTo);

using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// The code texted to the person comes back: their number is verified and texts begin. A code works until it expires and for
/// <see cref="TextOptions.CodeAttempts"/> tries, each try counted in one statement before the code is compared (two tries at
/// once cannot both slip under the limit).
/// </summary>
public sealed class VerifyTextNumber(AppDbContext db, IOptions<TextOptions> options, TimeProvider clock)
{
    public async Task<string> RunAsync(string userId, string? code, string zone, CancellationToken ct)
    {
        var max = options.Value.CodeAttempts;
        var now = clock.GetUtcNow();
        var person = await db.Set<TextSubscription>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (person is not { PendingPhone: { } phone, CodeHash: { } hash })
        {
            throw RefusedException.Invalid("code", "Ask for a code first: write your mobile number and press “Text me a code”.");
        }

        if (person.CodeExpiresAt <= now)
        {
            throw RefusedException.Invalid("code", "This code has expired: ask for a new one.");
        }

        var counted = await db.Set<TextSubscription>().Where(s => s.UserId == userId && s.CodeHash == hash && s.CodeAttempts < max)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CodeAttempts, p => p.CodeAttempts + 1), ct);
        if (counted == 0)
        {
            throw RefusedException.Invalid("code", "Too many wrong codes: ask for a new one.");
        }

        var typed = code?.Trim().Replace(" ", "", StringComparison.Ordinal) ?? "";
        if (typed.Length != 6 || !typed.All(char.IsAsciiDigit) || !TextCodes.Matches(hash, userId, phone, typed))
        {
            var left = max - person.CodeAttempts - 1;
            throw RefusedException.Invalid("code", left > 0
                ? $"That is not the code we sent to {MobileNumbers.Display(phone, options.Value.HomeRegion)}. {left} {(left == 1 ? "try" : "tries")} left."
                : "That is not the code we sent, and it was the last try: ask for a new one.");
        }

        await db.Set<TextSubscription>().Where(s => s.UserId == userId && s.CodeHash == hash).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Phone, phone)
            .SetProperty(p => p.VerifiedAt, now)
            .SetProperty(p => p.On, true)
            .SetProperty(p => p.StoppedAt, (DateTimeOffset?)null)
            .SetProperty(p => p.TimeZone, zone)
            .SetProperty(p => p.PendingPhone, (string?)null)
            .SetProperty(p => p.CodeHash, (string?)null)
            .SetProperty(p => p.CodeExpiresAt, (DateTimeOffset?)null), ct);
        return phone;
    }
}

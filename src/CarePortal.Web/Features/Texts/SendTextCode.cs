using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// A person asks for texts: their number is read (E.164), a six-digit code is texted to it in their language, and only its
/// hash is kept, for <see cref="TextOptions.CodeLifetime"/> and <see cref="TextOptions.CodeAttempts"/> tries. Nothing is
/// texted to them but the code until it comes back (<see cref="VerifyTextNumber"/>).
/// </summary>
public sealed class SendTextCode(AppDbContext db, TextOutbox outbox, IStringLocalizer<NoticeText> words, IOptions<TextOptions> options, TimeProvider clock)
{
    public static readonly string[] Languages = ["en", "es"];

    public async Task RunAsync(string userId, string? phoneInput, string? language, CancellationToken ct)
    {
        var settings = options.Value;
        var errors = new Dictionary<string, string[]>();
        var (phone, error) = MobileNumbers.Parse(phoneInput, settings.HomeRegion);
        if (error is not null)
        {
            errors["phone"] = [error];
        }

        if (!Languages.Contains(language))
        {
            errors["language"] = ["Choose the language of your texts: English or Spanish."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var person = await db.Set<TextSubscription>().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (person is null)
        {
            person = new TextSubscription { UserId = userId, QuietFrom = settings.DefaultQuietFrom, QuietTo = settings.DefaultQuietTo };
            db.Add(person);
        }
        else if (person.CodeSentAt is { } sent && sent + settings.CodeResendAfter > now)
        {
            throw new RefusedException(StatusCodes.Status429TooManyRequests, "Too soon",
                "A code is on its way: wait a minute for it before asking for another.");
        }

        var code = TextCodes.New();
        person.PendingPhone = phone;
        person.CodeHash = TextCodes.Hash(userId, phone!, code);
        person.CodeSentAt = now;
        person.CodeExpiresAt = now + settings.CodeLifetime;
        person.CodeAttempts = 0;
        person.Language = language!;
        var minutes = (int)settings.CodeLifetime.TotalMinutes;
        outbox.Queue(TextCodes.Kind, phone!, NoticeTexts.In(language!, () =>
            words["CarePortal: your code is {0}. It works for {1} minutes. If you did not ask for it, ignore this text.", code, minutes].Value), null);
        await db.SaveChangesAsync(ct);
    }
}

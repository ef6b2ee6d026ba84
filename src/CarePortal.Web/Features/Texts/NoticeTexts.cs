using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// The notices that are also texted (<see cref="INoticeTexts"/>): to each person who chose texts and verified their number,
/// a short text in their language with a short signed link (<see cref="TextLinks"/>), through the text outbox in the same
/// save as the email. Inside their quiet hours it is held until they end; past their day's cap it is not texted (the email
/// still goes).
/// </summary>
public sealed class NoticeTexts(AppDbContext db, TextOutbox outbox, TextLinks links, IStringLocalizer<NoticeText> words, IOptions<TextOptions> options,
    TimeProvider clock) : INoticeTexts
{
    /// <summary>The kinds of notice a text is written for (new requests near, messages, responses, reminders).</summary>
    public static readonly string[] Kinds =
    [
        "request-routed", "request-shared", "request-forwarded", "request-message", "church-responded", "church-thanked",
        "request-no-longer-needed", "remind-to-close", "follow-up",
    ];

    public async Task<IReadOnlyDictionary<string, ITextRecipient>> RecipientsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.NoticeKinds.Count == 0)
        {
            return new Dictionary<string, ITextRecipient>();
        }

        var ids = userIds.ToList();
        var people = await db.Set<TextSubscription>().AsNoTracking()
            .Where(s => ids.Contains(s.UserId) && s.On && s.Phone != null && s.VerifiedAt != null && s.StoppedAt == null).ToListAsync(cancellationToken);
        if (people.Count == 0)
        {
            return new Dictionary<string, ITextRecipient>();
        }

        var now = clock.GetUtcNow();
        var phones = people.Select(p => p.Phone!).Distinct().ToList();
        var since = now.AddDays(-1);
        var lately = await db.TextMessages.AsNoTracking().Where(t => phones.Contains(t.To) && t.CreatedAt >= since && settings.NoticeKinds.Contains(t.Kind))
            .Select(t => new { t.To, t.CreatedAt }).ToListAsync(cancellationToken);
        // Texts queued in this unit of work and not saved yet count too.
        lately.AddRange(db.ChangeTracker.Entries<TextMessage>().Where(e => e.State == EntityState.Added && phones.Contains(e.Entity.To)
            && settings.NoticeKinds.Contains(e.Entity.Kind)).Select(e => new { e.Entity.To, e.Entity.CreatedAt }));
        return people.ToDictionary(p => p.UserId, ITextRecipient (p) =>
        {
            var zone = AgencyTimeZone.Of(p.TimeZone);
            var dayStart = QuietHours.DayStart(now, zone);
            var today = lately.Count(t => t.To == p.Phone && t.CreatedAt >= dayStart);
            return new Recipient(this, p, zone, today, QuietHours.EndAround(now, zone, p.QuietFrom, p.QuietTo));
        });
    }

    /// <summary>The text of a notice in <paramref name="language"/>, its link last; null for a notice that is not texted.</summary>
    public string? Write(Email email, string language)
    {
        var link = links.For(email.NoticePath ?? email.Path);
        return In(language, () => email switch
        {
            RequestRoutedEmail e => words["CarePortal: a new {0} need near you ({1} mi). {2}", Need(e.Need, language), e.Miles, link].Value,
            RequestSharedEmail e => words["CarePortal: {0} asks for help with a {1} need near you. {2}", e.FromChurch, Need(e.Need, language), link].Value,
            RequestForwardedEmail e => words["CarePortal: {0} asks whether you can help with a {1} need. {2}", e.From, Need(e.Need, language), link].Value,
            RequestMessageEmail e => words["CarePortal: a new message on request #{0}. {1}", e.RequestId, link].Value,
            ChurchRespondedEmail e => words["CarePortal: {0} can help with your {1} request. {2}", e.ChurchName, Need(e.Need, language), link].Value,
            ChurchThankYouEmail e => words["CarePortal: thank you! The {0} request you helped with is closed. {1}", Need(e.Need, language), link].Value,
            NoLongerNeededEmail e => words["CarePortal: the {0} request #{1} is no longer needed. {2}", Need(e.Need, language), e.RequestId, link].Value,
            RemindToCloseEmail e => words["CarePortal: was your {0} request met? Please close it. {1}", Need(e.Need, language), link].Value,
            FollowUpEmail e => words["CarePortal: {0} days on, is the child still safely home? {1}", e.Days, link].Value,
            _ => null,
        });
    }

    /// <summary>Runs <paramref name="write"/> with the localizer reading <paramref name="language"/> (texts are written off any request's culture).</summary>
    public static T In<T>(string language, Func<T> write)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == "es" ? "es" : "en");
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Queues the notice's text to the person unless its kind is not texted or the day's cap is reached.</summary>
    private bool TryQueue(TextSubscription person, int today, DateTimeOffset? heldUntil, Email email, int? requestId, NewRows? into)
    {
        if (!options.Value.NoticeKinds.Contains(email.Kind) || today >= options.Value.DailyCap || Write(email, person.Language) is not { } body)
        {
            return false;
        }

        var row = outbox.Row(email.Kind, person.Phone!, body, requestId, heldUntil);
        if (into is null)
        {
            db.TextMessages.Add(row);
        }
        else
        {
            into.Add(row);
        }

        return true;
    }

    /// <summary>A need's name as its reader says it (<c>baby-items</c>: "baby items", "artículos para bebé").</summary>
    private string Need(string need, string language) => language == "es" ? words[need].Value : need.Replace('-', ' ');

    private sealed class Recipient(NoticeTexts texts, TextSubscription person, TimeZoneInfo zone, int today, DateTimeOffset? heldUntil) : ITextRecipient
    {
        private int today = today;

        public void Queue(Email email, int? requestId, NewRows? into)
        {
            if (texts.TryQueue(person, today, heldUntil, email, requestId, into))
            {
                today++;
            }
        }

        public override string ToString() => $"texts to {person.UserId} in {zone.Id}";
    }
}

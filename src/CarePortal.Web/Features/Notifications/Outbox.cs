using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications.Emails;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Notifications;

/// <summary>
/// Adds notices to the context without saving: the caller's own SaveChanges writes them in the same transaction as the
/// change that causes them, so a crash loses neither or both. Code that writes thousands at once gathers them in its own
/// <see cref="NewRows"/> instead, which it writes in the same transaction as its change.
/// </summary>
public sealed class Outbox(AppDbContext db, EmailRenderer renderer, TimeProvider clock, INoticeTexts texts)
{
    /// <summary>An email to each of these people (by id), honouring each one's preference (no email, or the daily digest).</summary>
    public async Task ToPeopleAsync(IReadOnlyCollection<string> userIds, Email email, int? requestId, bool digestible, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        To((await AddresseesAsync(userIds, cancellationToken)).Values, email, requestId, digestible);
    }

    /// <summary>What the outbox needs to know of these people (address and preference), in one query, for many emails.</summary>
    public async Task<Dictionary<string, Addressee>> AddresseesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // A deactivated person hears nothing more (Accounts' ActiveAccounts).
        var people = await ActiveAccounts.Users(db).AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new Addressee(
                u.Id,
                u.Email,
                db.NotificationPreferences.Any(p => p.UserId == u.Id && p.EmailOff),
                db.NotificationPreferences.Any(p => p.UserId == u.Id && p.DailyDigest),
                null))
            .ToDictionaryAsync(a => a.UserId, cancellationToken);
        var texted = await texts.RecipientsAsync(people.Keys, cancellationToken);
        foreach (var (id, text) in texted)
        {
            if (people.TryGetValue(id, out var person))
            {
                people[id] = person with { Text = text };
            }
        }

        return people;
    }

    /// <summary>An email to each of these people, already looked up with <see cref="AddresseesAsync"/>: no query.</summary>
    public void To(IEnumerable<Addressee> people, Email email, int? requestId, bool digestible)
    {
        foreach (var row in Rows(people, email, requestId, digestible, null))
        {
            db.Notifications.Add(row);
        }
    }

    /// <summary>The same, gathered in <paramref name="into"/> for the caller's bulk write instead of the context.</summary>
    public void To(IEnumerable<Addressee> people, Email email, int? requestId, bool digestible, NewRows into)
    {
        foreach (var row in Rows(people, email, requestId, digestible, into))
        {
            into.Add(row);
        }
    }

    private IEnumerable<Notification> Rows(IEnumerable<Addressee> people, Email email, int? requestId, bool digestible, NewRows? into)
    {
        RenderedEmail? rendered = null;
        foreach (var person in people)
        {
            // A text as well as the email, never instead: email stays the default.
            person.Text?.Queue(email, requestId, into);
            rendered ??= renderer.Render(email);
            var status = person.Email is null || person.EmailOff ? NotificationStatus.InApp
                : digestible && person.DailyDigest ? NotificationStatus.Digest
                : NotificationStatus.Pending;
            yield return Row(email, rendered, person.UserId, person.Email, requestId, status);
        }
    }

    public Task ToPersonAsync(string userId, Email email, int? requestId, CancellationToken cancellationToken) =>
        ToPeopleAsync([userId], email, requestId, digestible: false, cancellationToken);

    /// <summary>
    /// An email already written (in its reader's language) to an address that belongs to no account, such as a family's: it
    /// is in no one's notice list, and its body leaves the row once sent, as every email's does.
    /// </summary>
    public void ToAddress(string kind, string address, RenderedEmail rendered, int? requestId)
    {
        var row = new Notification
        {
            CareRequestId = requestId,
            Kind = kind,
            RecipientEmail = address,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
            Status = NotificationStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Notifications.Add(row);
    }

    /// <summary>An email to an address that belongs to no account (an agency's information contact), gathered in <paramref name="into"/>.</summary>
    public void ToAddress(string address, Email email, int? requestId, NewRows into)
    {
        var rendered = renderer.Render(email);
        into.Add(new Notification
        {
            CareRequestId = requestId,
            Kind = email.Kind,
            RecipientEmail = address,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
            Status = NotificationStatus.Pending,
            CreatedAt = clock.GetUtcNow(),
        });
    }

    private Notification Row(Email email, RenderedEmail rendered, string userId, string? address, int? requestId, string status) =>
        new()
        {
            CareRequestId = requestId,
            Kind = email.Kind,
            Link = email.NoticePath,
            RecipientId = userId,
            RecipientEmail = address,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
            Status = status,
            CreatedAt = clock.GetUtcNow(),
        };
}

/// <summary>A person as the outbox sees them: where to write, and how they chose to hear from CarePortal.</summary>
public sealed record Addressee(string UserId, string? Email, bool EmailOff, bool DailyDigest, ITextRecipient? Text = null);

using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Notifications;

/// <summary>
/// Adds notices to the context without saving: the caller's own SaveChanges writes them in the same transaction as the
/// change that causes them, so a crash loses neither or both.
/// </summary>
public sealed class Outbox(AppDbContext db, EmailRenderer renderer, TimeProvider clock)
{
    /// <summary>An email to each of these people (by id), honouring each one's preference (no email, or the daily digest).</summary>
    public async Task ToPeopleAsync(IReadOnlyCollection<string> userIds, Email email, int? requestId, bool digestible, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.Email,
                Preference = db.NotificationPreferences.Where(p => p.UserId == u.Id).Select(p => new { p.EmailOff, p.DailyDigest }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var rendered = renderer.Render(email);
        foreach (var person in people)
        {
            var status = person.Email is null || person.Preference?.EmailOff == true ? NotificationStatus.InApp
                : digestible && person.Preference?.DailyDigest == true ? NotificationStatus.Digest
                : NotificationStatus.Pending;
            Add(email.Kind, rendered, person.Id, person.Email, requestId, status);
        }
    }

    public Task ToPersonAsync(string userId, Email email, int? requestId, CancellationToken cancellationToken) =>
        ToPeopleAsync([userId], email, requestId, digestible: false, cancellationToken);

    private void Add(string kind, RenderedEmail rendered, string userId, string? address, int? requestId, string status) =>
        db.Notifications.Add(new Notification
        {
            CareRequestId = requestId,
            Kind = kind,
            RecipientId = userId,
            RecipientEmail = address,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
            Status = status,
            CreatedAt = clock.GetUtcNow(),
        });
}

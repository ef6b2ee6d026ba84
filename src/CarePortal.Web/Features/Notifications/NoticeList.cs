using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Notifications;

/// <summary>A person's notices as the site shows them (subject and link only, never an email's body), and how many are unread.</summary>
public sealed class NoticeList(AppDbContext db)
{
    public const int PageSize = 50;

    /// <summary>The latest notices, newest first.</summary>
    public async Task<List<NotificationView>> LatestAsync(string userId, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == userId).OrderByDescending(n => n.Id).Take(take)
            .Select(n => new { n.Id, n.Kind, n.Subject, n.CareRequestId, n.Status, n.CreatedAt, n.Link, n.ReadAt }).ToListAsync(cancellationToken);
        return [.. rows.Select(n => new NotificationView(n.Id, n.Kind, n.Subject ?? Said(n.Kind, n.CareRequestId), n.CareRequestId, n.Status, n.CreatedAt,
            LinkOf(n.Link, n.CareRequestId), n.ReadAt))];
    }

    private (string UserId, int Count)? unread;

    /// <summary>Counted once per request: the header and the notices page ask for the same number.</summary>
    public async Task<int> UnreadAsync(string userId, CancellationToken cancellationToken)
    {
        if (unread is not { } counted || counted.UserId != userId)
        {
            counted = (userId, await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken));
            unread = counted;
        }

        return counted.Count;
    }

    /// <summary>Where a notice leads: its own link, else its request; only a path on this site.</summary>
    public static string? LinkOf(string? link, int? requestId) =>
        link is ['/', not '/' and not '\\', ..] ? link : requestId is { } id ? $"/Requests/Details/{id}" : null;

    /// <summary>A notice written without an email (no approver yet): its kind in words.</summary>
    private static string Said(string kind, int? requestId) =>
        $"{char.ToUpperInvariant(kind[0])}{kind[1..].Replace('-', ' ')}{(requestId is { } id ? $": request {id}" : "")}";
}

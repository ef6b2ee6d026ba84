using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Notifications;

/// <summary>A person marks one of their notices read (or all of them); anyone else's notice is left alone, as if absent.</summary>
public sealed class MarkRead(AppDbContext db, TimeProvider clock)
{
    /// <summary>Marks the notice read; returns its link when it is the person's own, else null.</summary>
    public async Task<(bool Found, string? Link)> OneAsync(string userId, long id, CancellationToken cancellationToken)
    {
        var notice = await db.Notifications.AsNoTracking().Where(n => n.Id == id && n.RecipientId == userId)
            .Select(n => new { n.Link, n.CareRequestId }).SingleOrDefaultAsync(cancellationToken);
        if (notice is null)
        {
            return (false, null);
        }

        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.Id == id && n.RecipientId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return (true, NoticeList.LinkOf(notice.Link, notice.CareRequestId));
    }

    /// <summary>Marks every unread notice of the person read; returns how many.</summary>
    public Task<int> AllAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}

using CarePortal.Web.Data;
using CarePortal.Web.Data.Churches;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The open requests that went to a church, newest first, for one of the church's people only (the rule of whose churches are
/// whose, <see cref="Requests.ChurchAccess.ChurchesOf"/>), in one compiled statement whether the feed is empty or not
/// (<see cref="ReceivedFeedQuery"/>).
/// </summary>
public static class ReceivedFeed
{
    /// <summary>The feed, or null when the person is not one of the church's people (or there is no such church).</summary>
    public static async Task<List<ReceivedView>?> ReadAsync(AppDbContext db, int churchId, string userId, DateTimeOffset now, CancellationToken ct)
    {
        List<ReceivedView>? feed = null;
        await foreach (var row in ReceivedFeedQuery.Run(db, churchId, userId, now).WithCancellation(ct))
        {
            feed ??= [];
            if (row.RequestId is { } id)
            {
                feed.Add(new ReceivedView(id, row.Need!, row.Urgency!.Value, row.Description!, row.Miles!.Value, row.Round!.Value, row.At!.Value));
            }
        }

        return feed;
    }
}

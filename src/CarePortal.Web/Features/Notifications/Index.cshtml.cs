using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Notifications;

/// <summary>The person's notices (what the emails said, in the site): open one (it is marked read), mark one or all read.</summary>
public sealed class IndexModel(NoticeList notices, MarkRead mark, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NotificationView> Notices { get; private set; } = [];

    public int Unread { get; private set; }

    public DateTimeOffset Now { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        Now = clock.GetUtcNow();
        Notices = await notices.LatestAsync(me, NoticeList.PageSize, ct);
        Unread = await notices.UnreadAsync(me, ct);
    }

    /// <summary>Marks the notice read and goes where it leads (back to the list when it leads nowhere).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken ct)
    {
        var (found, link) = await mark.OneAsync(User.UserId(), id, ct);
        return found && link is not null ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        Confirmation = (await mark.OneAsync(User.UserId(), id, ct)).Found ? "Marked as read." : null;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await mark.AllAsync(User.UserId(), ct);
        Confirmation = count == 1 ? "1 notice marked as read." : $"{count} notices marked as read.";
        return RedirectToPage();
    }

    /// <summary>How long ago, in words: needs no time zone.</summary>
    public string Ago(DateTimeOffset at)
    {
        var span = Now - at;
        return span.TotalMinutes < 1 ? "just now"
            : span.TotalHours < 1 ? Plural((int)span.TotalMinutes, "minute")
            : span.TotalDays < 1 ? Plural((int)span.TotalHours, "hour")
            : Plural((int)span.TotalDays, "day");
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit} ago" : $"{n} {unit}s ago";
}

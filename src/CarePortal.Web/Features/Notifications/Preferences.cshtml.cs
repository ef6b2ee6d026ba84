using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Notifications;

/// <summary>Where every email's "unsubscribe or choose a daily digest" link leads.</summary>
public sealed class PreferencesModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public bool EmailOff { get; set; }

    [BindProperty]
    public bool DailyDigest { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == me, ct);
        (EmailOff, DailyDigest) = (preference?.EmailOff ?? false, preference?.DailyDigest ?? false);
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        await NotificationPreferences.SetAsync(db, User.UserId(), new PreferencesView(EmailOff, DailyDigest), ct);
        Saved = true;
    }
}

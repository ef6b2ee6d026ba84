using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Where a church's pages start: a point person's churches, each with the way to its settings, members, teams, profile and feed;
/// for a platform admin, the way to the applications and every approved church. Nothing is changed here: each page does its own.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ChurchView> Mine { get; private set; } = [];

    public IReadOnlyList<ChurchView> All { get; private set; } = [];

    public int Applications { get; private set; }

    public bool Platform { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Platform = User.IsInRole(Roles.PlatformAdmin);
        // "Mine": the churches whose point person the user is now (ChurchLeads), not as the sign-in's claims said up to 30
        // minutes ago: a link to a church's settings that would only be refused is not offered.
        var mine = await ChurchLeads.PointPersonOf(db, User).ToListAsync(ct);
        var rows = await db.Churches.AsNoTracking().Include(c => c.Organisation)
            .Where(c => (Platform && c.Status == ChurchStatus.Approved) || mine.Contains(c.Id)).OrderBy(c => c.Organisation!.Name).Take(1000).ToListAsync(ct);
        var views = rows.Select(ChurchView.From).ToList();
        Mine = [.. views.Where(c => mine.Contains(c.Id))];
        All = Platform ? [.. views.Where(c => c.Status == ChurchStatus.Approved)] : [];
        Applications = Platform ? await db.Churches.CountAsync(c => c.Status == ChurchStatus.Applied, ct) : 0;
    }
}

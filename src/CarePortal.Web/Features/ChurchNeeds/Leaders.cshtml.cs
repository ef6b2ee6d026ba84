using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Churches.Settings;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>The point person names the church's needs leaders (who post the needs the church knows of), or takes the role back.</summary>
public sealed class LeadersModel(AppDbContext db, ListMembers members, NameNeedsLeader name, AuditLog.ContactViews contacts) : PageModel, IShowsRefusals
{
    public ChurchView? Church { get; private set; }

    public ChurchMembersView? People { get; private set; }

    public IEnumerable<MemberView> Leaders => People!.Members.Where(m => m.Roles.Any(r => r.Role == Roles.NeedsLeader && r.TeamId is null));

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        Church = ChurchView.From(church);
        People = await members.MembersAsync(User, church.Id, ct);
        // The needs leaders' emails: each view recorded (ContactViews); none shown to a view another site started.
        if (Leaders.Any() && !await contacts.RecordAsync(User, "emails of the church's needs leaders", church.Id, ct))
        {
            People = People with { Members = [.. People.Members.Select(m => m with { Email = "" })] };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostNameAsync(int? id, string? userId, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        await name.RunAsync(User, church.Id, new NeedsLeaderInput(userId), leads: true, ct);
        return this.ConfirmAndRedirect("Saved: they may post the needs your church knows of.", routeValues: new { id = church.Id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int? id, string? userId, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        await name.RunAsync(User, church.Id, new NeedsLeaderInput(userId), leads: false, ct);
        return this.ConfirmAndRedirect("Saved: they no longer post your church's needs.", routeValues: new { id = church.Id });
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(RouteData.Values.TryGetValue("id", out var id) && id is not null ? this.RouteId() : null, cancellationToken);
    }
}

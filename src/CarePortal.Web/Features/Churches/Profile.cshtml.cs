using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A church's profile: what it says of itself, where it is, the needs it serves, its teams and what it has done. Read by
/// whoever reads the church (<see cref="ChurchReaders"/>); its point person (or a platform admin) edits what it says.
/// </summary>
public sealed class ProfileModel(AppDbContext db, ChangeProfile change) : PageModel, IShowsRefusals
{
    public ChurchView? Church { get; private set; }

    public string? AboutText { get; private set; }

    public IReadOnlyList<string> Teams { get; private set; } = [];

    public int Responses { get; private set; }

    public int Met { get; private set; }

    public int People { get; private set; }

    public DateTimeOffset Since { get; private set; }

    public bool CanEdit { get; private set; }

    [BindProperty]
    public string? About { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var church = await ChurchReaders.ReadAsync(db, User, id, ct);
        Church = ChurchView.From(church);
        AboutText = church.About;
        Since = church.CreatedAt;
        // Its point person as the memberships say now (ChurchLeads), as ChangeProfile decides: no edit offered that would be refused.
        CanEdit = User.IsInRole(Roles.PlatformAdmin) || await ChurchLeads.IsPointPersonAsync(db, User, id, ct);
        if (HttpMethods.IsGet(Request.Method))
        {
            About = church.About;
        }

        Teams = await db.Organisations.AsNoTracking().Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
        var teamIds = db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        People = await ActiveAccounts.Memberships(db).Where(m => m.OrganisationId == id || teamIds.Contains(m.OrganisationId)).Select(m => m.UserId).Distinct().CountAsync(ct);
        var helped = db.ChurchResponses.Where(r => r.ChurchId == id).Select(r => r.CareRequestId).Distinct();
        Responses = await helped.CountAsync(ct);
        Met = await db.Requests.CountAsync(q => helped.Contains(q.Id) && (q.State == RequestState.ClosedFullyMet || q.State == RequestState.ClosedPartiallyMet), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        await change.SetAsync(User, id, new ProfileInput(About), ct);
        return this.ConfirmAndRedirect("Saved your church's profile.", routeValues: new { id });
    }

    public string FieldKey(string field) => Settings.PointPersonChurch.Key(field);

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(this.RouteId(), cancellationToken);
    }
}

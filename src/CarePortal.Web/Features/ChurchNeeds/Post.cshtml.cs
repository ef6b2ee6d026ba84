using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.ChurchNeeds;

/// <summary>
/// The needs leader writes a need the church knows of: the reviewer's findings are shown as on a caseworker's request, and a
/// blocking one keeps the need unposted with the text as typed.
/// </summary>
public sealed class PostModel(AppDbContext db, ChurchNeedAccess access, PostNeed post) : PageModel, IShowsRefusals
{
    public (int Id, string Name) Church { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Teams { get; private set; } = [];

    public IReadOnlyList<FindingView> Findings { get; private set; } = [];

    [BindProperty]
    public string? Need { get; set; }

    [BindProperty]
    public int Quantity { get; set; } = 1;

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? PrivateNote { get; set; }

    [BindProperty]
    public int? TeamId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Church = await access.ChurchOfAsync(User, id, ct);
        await access.AuthorizePostAsync(User, Church.Id, ct);
        Teams = [.. (await db.Organisations.AsNoTracking().Where(o => o.ParentId == Church.Id && o.Kind == OrganisationKind.Team)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(t => (t.Id, t.Name))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var posted = await post.RunAsync(User, id, new ChurchNeedInput(Need, Quantity, Description, PrivateNote, TeamId), ct);
        TempData.Confirm(posted.Findings.Count == 0
            ? "The need is posted for your church's people."
            : $"The need is posted for your church's people. The reviewer suggests {posted.Findings.Count} change{(posted.Findings.Count == 1 ? "" : "s")}: see them below.");
        return Redirect($"/ChurchNeeds/Need/{posted.Id}");
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Findings = refusal.Extensions.TryGetValue("findings", out var found) && found is IReadOnlyList<FindingView> list ? list : [];
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(this.RouteId(), cancellationToken);
    }
}

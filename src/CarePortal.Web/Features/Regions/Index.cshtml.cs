using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Regions;

/// <summary>
/// The regional manager's counties: how far and to how many churches each county's requests go, first and on escalation,
/// saved county by county through <see cref="SetCountyReach"/> (a platform admin sees every region). Each change is audited.
/// </summary>
public sealed class IndexModel(AppDbContext db, SetCountyReach reach) : PageModel, IShowsRefusals
{
    public IReadOnlyList<RegionCounties> Regions { get; private set; } = [];

    /// <summary>The county whose form was posted: its values stay as typed, its error beside it.</summary>
    public int? Posted { get; private set; }

    [BindProperty] public double? RadiusMiles { get; set; }

    [BindProperty] public int? Churches { get; set; }

    [BindProperty] public double? EscalationRadiusMiles { get; set; }

    [BindProperty] public int? EscalationChurches { get; set; }

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsInRole(Roles.RegionalManager) && !User.IsInRole(Roles.PlatformAdmin))
        {
            return Forbid();
        }

        var mine = User.IsInRole(Roles.PlatformAdmin) ? null : User.OrganisationsWithRole(Roles.RegionalManager);
        var regions = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Region && (mine == null || mine.Contains(o.Id)))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var regionIds = regions.Select(r => r.Id).ToList();
        var counties = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.County && o.ParentId != null && regionIds.Contains(o.ParentId.Value))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, Region = o.ParentId!.Value, Setting = db.CountySettings.FirstOrDefault(s => s.CountyId == o.Id) })
            .ToListAsync(ct);
        Regions = [.. regions.Select(r => new RegionCounties(r.Id, r.Name, [.. counties.Where(c => c.Region == r.Id).Select(c => new CountyReachView(c.Id, c.Name,
            c.Setting?.RadiusMiles ?? CountySetting.Default.RadiusMiles, c.Setting?.Churches ?? CountySetting.Default.Churches,
            c.Setting?.EscalationRadiusMiles, c.Setting?.EscalationChurches))]))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.RegionalManager) && !User.IsInRole(Roles.PlatformAdmin))
        {
            return Forbid();
        }

        Posted = id;
        var name = await db.Organisations.Where(o => o.Id == id && o.Kind == OrganisationKind.County).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? $"county {id}";
        if (RadiusMiles is null || Churches is null)
        {
            throw RefusedException.Invalid("radiusMiles", "Give the first radius in miles and the number of churches.");
        }

        var input = new CountyReachInput(RadiusMiles.Value, Churches.Value, EscalationRadiusMiles, EscalationChurches);
        await reach.SetReachAsync(User, id, input, ct);
        Saved = $"Saved: the reach of {name}.";
        Posted = null;
        ModelState.Clear();
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = refusal.Status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}

public sealed record RegionCounties(int Id, string Name, IReadOnlyList<CountyReachView> Counties);

public sealed record CountyReachView(int Id, string Name, double RadiusMiles, int Churches, double? EscalationRadiusMiles, int? EscalationChurches);

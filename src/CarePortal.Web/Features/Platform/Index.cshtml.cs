using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Platform;

/// <summary>The platform admin's agencies: each with its offices, a way into its settings, pausing or reactivating it, and onboarding a new one.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel, IShowsRefusals
{
    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        var all = await db.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.Church && o.Kind != OrganisationKind.Team && o.Kind != OrganisationKind.Platform)
            .Select(o => new { o.Id, o.ParentId, o.Kind, o.Name, o.ApprovalOption, o.TimeZone, o.Paused }).ToListAsync(ct);
        var byParent = all.ToLookup(o => o.ParentId);
        Agencies = [.. all.Where(o => o.Kind == OrganisationKind.Agency).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(a =>
        {
            var regions = byParent[a.Id].ToList();
            var counties = regions.SelectMany(r => byParent[r.Id]).ToList();
            var offices = counties.SelectMany(c => byParent[c.Id]).Count();
            return new AgencyRow(a.Id, a.Name, regions.Count, counties.Count, offices, a.ApprovalOption, a.TimeZone, a.Paused);
        })];
        return Page();
    }

    public async Task<IActionResult> OnPostPauseAsync(int id, bool paused, [FromServices] PauseAgency pause, CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        return this.ConfirmAndRedirect(await pause.RunAsync(User, id, paused, ct));
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(cancellationToken);
    }
}

public sealed record AgencyRow(int Id, string Name, int Regions, int Counties, int Offices, ApprovalOption? ApprovalOption, string? TimeZone, bool Paused);

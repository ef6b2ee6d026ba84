using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Platform;

/// <summary>The platform admin's agencies: each with its offices and people, a way into its settings, and onboarding a new one.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        var all = await db.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.Church && o.Kind != OrganisationKind.Team && o.Kind != OrganisationKind.Platform)
            .Select(o => new { o.Id, o.ParentId, o.Kind, o.Name, o.ApprovalOption, o.TimeZone }).ToListAsync(ct);
        var byParent = all.ToLookup(o => o.ParentId);
        Agencies = [.. all.Where(o => o.Kind == OrganisationKind.Agency).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(a =>
        {
            var regions = byParent[a.Id].ToList();
            var counties = regions.SelectMany(r => byParent[r.Id]).ToList();
            var offices = counties.SelectMany(c => byParent[c.Id]).Count();
            return new AgencyRow(a.Id, a.Name, regions.Count, counties.Count, offices, a.ApprovalOption, a.TimeZone);
        })];
        return Page();
    }
}

public sealed record AgencyRow(int Id, string Name, int Regions, int Counties, int Offices, ApprovalOption? ApprovalOption, string? TimeZone);

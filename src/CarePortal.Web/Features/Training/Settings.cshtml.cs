using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Training;

/// <summary>The agency admin's training setting: whether caseworkers must complete the training before their first request.</summary>
public sealed class SettingsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AgencySetting> Agencies { get; private set; } = [];

    [BindProperty]
    public int AgencyId { get; set; }

    [BindProperty]
    public bool Required { get; set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = User.OrganisationsWithRole(Roles.AgencyAdmin);
        if (ids.Count == 0)
        {
            return Forbid();
        }

        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var required = await db.TrainingRequirements.AsNoTracking().Where(r => ids.Contains(r.AgencyId) && r.RequiredBeforeFirstRequest)
            .Select(r => r.AgencyId).ToListAsync(cancellationToken);
        Agencies = [.. ids.Select(id => new AgencySetting(id, names.GetValueOrDefault(id) ?? $"Agency {id}", required.Contains(id)))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!User.HasRoleAt(Roles.AgencyAdmin, AgencyId))
        {
            return Forbid();
        }

        var setting = await db.TrainingRequirements.FindAsync([AgencyId], cancellationToken);
        if (setting is null)
        {
            setting = new TrainingRequirement { AgencyId = AgencyId };
            db.Add(setting);
        }

        setting.RequiredBeforeFirstRequest = Required;
        setting.UpdatedAt = clock.GetUtcNow();
        setting.UpdatedBy = User.UserId();
        await db.SaveChangesAsync(cancellationToken);
        Saved = true;
        return await OnGetAsync(cancellationToken);
    }
}

public sealed record AgencySetting(int Id, string Name, bool Required);

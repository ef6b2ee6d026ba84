using CarePortal.Web.Data;
using CarePortal.Web.Features.Platform;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Champions;

/// <summary>The platform admin's champions: each pending registration approved or declined (with why) through <see cref="DecideChampion"/>, and those decided.</summary>
public sealed class ApplicationsModel(AppDbContext db, ListChampions list, DecideChampion decide) : PageModel, IShowsRefusals
{
    public IReadOnlyList<ChampionView> Pending { get; private set; } = [];

    public IReadOnlyList<ChampionView> Decided { get; private set; } = [];

    public string? Done { get; private set; }

    public int? Deciding { get; private set; }

    public string? Reason { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        var all = await list.RunAsync(User, ct);
        Pending = [.. all.Where(c => c.Status == ChampionStatus.Pending)];
        Decided = [.. all.Where(c => c.Status != ChampionStatus.Pending)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, bool approve, string? reason, CancellationToken ct)
    {
        if (!PlatformAdmins.Are(User))
        {
            return Forbid();
        }

        (Deciding, Reason) = (id, reason);
        var champion = await decide.RunAsync(User, id, approve, reason, ct);
        (Deciding, Reason) = (null, null);
        Done = approve ? $"{champion.Name} is approved and was told by email." : $"{champion.Name} is declined and was emailed the reason.";
        return await OnGetAsync(ct);
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = refusal.Status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}

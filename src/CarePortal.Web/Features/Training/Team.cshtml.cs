using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Training;

/// <summary>Supervisors and regional managers: who in their offices has completed the training.</summary>
public sealed class TeamModel(TrainingRoster roster) : PageModel
{
    public IReadOnlyList<RosterOffice> Offices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!TrainingRoster.MaySee(User))
        {
            return Forbid();
        }

        Offices = await roster.ForAsync(User, cancellationToken);
        return Page();
    }
}

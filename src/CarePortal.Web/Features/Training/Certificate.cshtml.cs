using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Training;

/// <summary>The printable certificate of a signed-in learner who completed the training.</summary>
public sealed class CertificateModel(TrainingStatus status, TrainingModule module) : PageModel
{
    public string Name { get; private set; } = "";

    public string ModuleTitle => module.Title;

    public DateTimeOffset? CompletedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Name = User.FindFirst(MembershipClaimTypes.DisplayName)?.Value is { Length: > 0 } name ? name : User.Identity?.Name ?? "";
        CompletedAt = await status.CompletedAtAsync(User.UserId(), cancellationToken);
    }
}

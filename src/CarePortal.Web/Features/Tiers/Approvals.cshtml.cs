using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// The agency admin's tier-2 approvals: who passed the agency's background check and until when; approve a church person by
/// their email, or withdraw an approval. The same actions as the API (<see cref="GrantApproval"/>, <see cref="WithdrawApproval"/>).
/// </summary>
public sealed class ApprovalsModel(AppDbContext db, ListApprovals list, GrantApproval grant, WithdrawApproval withdraw, TimeProvider clock) : PageModel, IShowsRefusals
{
    public (int Id, string Name) Agency { get; private set; }

    public IReadOnlyList<ResponderApprovalView> Approvals { get; private set; } = [];

    [BindProperty] public string? Email { get; set; }

    [BindProperty] public DateOnly? CheckedOn { get; set; }

    [BindProperty] public DateOnly? ExpiresOn { get; set; }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var mine = User.OrganisationsWithRole(Roles.AgencyAdmin);
        var agency = await AgencyApprovers.AgencyAsync(db, User, id ?? (mine.Count > 0 ? mine[0] : 0), ct);
        Agency = (agency.Id, agency.Name);
        Approvals = await list.RunAsync(User, agency.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(int id, CancellationToken ct)
    {
        var granted = await grant.RunAsync(User, id, new ResponderApprovalInput(Email, CheckedOn, ExpiresOn), ct);
        return this.ConfirmAndRedirect($"Saved: {granted.Name} is approved for tier-2 requests until {granted.ExpiresOn:MMM d, yyyy}.", routeValues: new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int approvalId, CancellationToken ct)
    {
        await withdraw.RunAsync(User, id, approvalId, ct);
        return this.ConfirmAndRedirect("Withdrawn: they no longer read or answer your agency's tier-2 requests.", routeValues: new { id });
    }

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(RouteData.Values.TryGetValue("id", out var id) && id is not null ? this.RouteId() : null, cancellationToken);
    }
}

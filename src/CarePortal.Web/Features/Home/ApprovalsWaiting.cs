using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Home;

/// <summary>The approver's queue (<see cref="ApprovalQueue"/>, the one rule of who decides what), oldest first, as <see cref="ApprovalSummaries"/> sums each up.</summary>
public sealed class ApprovalsWaiting(ApprovalQueue queue, ApprovalSummaries summaries) : IHomeSection
{
    public string View => "_Approvals";

    public bool IsFor(ClaimsPrincipal user) => Roles.Approvers.Any(user.IsInRole);

    public async Task<object> LoadAsync(HomeViewer viewer, CancellationToken ct)
    {
        var requests = await queue.For(viewer.User).Include(r => r.Items).Include(r => r.Attachments).AsSplitQuery().Take(20).ToListAsync(ct);
        return (await summaries.OfAsync(requests, viewer.Zone, ct)).Values.ToList();
    }
}

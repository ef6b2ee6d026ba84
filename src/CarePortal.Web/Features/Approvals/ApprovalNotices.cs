using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// Asks each approver of a waiting request for a decision (and reminds them once), by email through the outbox, each
/// email carrying signed links made for its recipient alone. Added to the caller's unit of work, not saved.
/// </summary>
public sealed class ApprovalNotices(AppDbContext db, Outbox outbox, ApprovalLinks links, IOptions<MailOptions> mail, TimeProvider clock) : IAwaitingApprovalListener
{
    public Task AskAsync(CareRequest request, CancellationToken cancellationToken) => SendAsync(request, reminder: false, cancellationToken);

    Task IAwaitingApprovalListener.AwaitingApprovalAsync(CareRequest request, CancellationToken cancellationToken) => AskAsync(request, cancellationToken);

    public Task RemindAsync(CareRequest request, CancellationToken cancellationToken) => SendAsync(request, reminder: true, cancellationToken);

    private async Task SendAsync(CareRequest request, bool reminder, CancellationToken cancellationToken)
    {
        var approvers = await Approvers.OfAsync(db, request, cancellationToken);
        if (approvers.Count == 0)
        {
            // No one holds the role yet: the notice stays in the app, for whoever is given it.
            db.Notifications.Add(new Notification
            {
                CareRequestId = request.Id,
                Kind = reminder ? ApprovalRequestedEmail.ReminderKind : ApprovalRequestedEmail.RequestedKind,
                CreatedAt = clock.GetUtcNow(),
            });
            return;
        }

        foreach (var approver in approvers)
        {
            await outbox.ToPersonAsync(approver, EmailFor(request, approver, reminder), request.Id, cancellationToken);
        }
    }

    private ApprovalRequestedEmail EmailFor(CareRequest request, string approverId, bool reminder)
    {
        var site = new Uri(mail.Value.SiteUrl);
        string Link(Decision decision) => new Uri(site, links.PathFor(request, approverId, decision)).ToString();
        var route = request.Route switch
        {
            ApprovalRoute.CountyRepresentative => "county representative of the request's county",
            ApprovalRoute.RegionalManager => "regional manager: a gift card or cash exception",
            _ => "supervisor",
        };
        var exception = request.ExceptionReason is null
            ? ""
            : $"Why an exception: {request.ExceptionReason}\nWhat was tried first: {request.AlternativesTried}\n";
        return new ApprovalRequestedEmail(request.Id, request.Need, route, request.Description, exception,
            Link(Decision.Approve), Link(Decision.Return), Link(Decision.Deny), (int)ApprovalLinks.Lifetime.TotalHours, reminder);
    }
}

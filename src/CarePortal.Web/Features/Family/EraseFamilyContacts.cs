using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// Erases the family's number or address <see cref="FamilyOptions.EraseContactAfterDays"/> days after their request closed:
/// from the contact, and from the messages that carried their link (sent or given up; one still waiting is left to go).
/// The consent, the asks and the answers stay: they are the outcome. Safe on every node at once (each statement erases what is left).
/// </summary>
public sealed class EraseFamilyContacts(AppDbContext db, IOptions<FamilyOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var closedBefore = now - TimeSpan.FromDays(options.Value.EraseContactAfterDays);
        var due = db.Requests.Where(r => r.ClosedAt != null && r.ClosedAt <= closedBefore).Select(r => r.Id);
        var erased = await db.Set<FamilyContact>().Where(c => c.ErasedAt == null && due.Contains(c.CareRequestId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Phone, (string?)null).SetProperty(c => c.Email, (string?)null).SetProperty(c => c.ErasedAt, now), ct);
        await db.TextMessages.Where(t => t.Kind == FamilyMessages.Kind && t.CareRequestId != null && due.Contains(t.CareRequestId.Value)
                && (t.Status == TextStatus.Sent || t.Status == TextStatus.Failed))
            .ExecuteDeleteAsync(ct);
        await db.Notifications.Where(n => n.Kind == FamilyMessages.Kind && n.RecipientEmail != null && n.CareRequestId != null && due.Contains(n.CareRequestId.Value)
                && (n.Status == NotificationStatus.Sent || n.Status == NotificationStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.RecipientEmail, (string?)null).SetProperty(n => n.HtmlBody, (string?)null).SetProperty(n => n.TextBody, (string?)null), ct);
        return erased;
    }
}

/// <summary>Runs <see cref="EraseFamilyContacts"/> on every node, every <see cref="FamilyOptions.ErasureInterval"/>.</summary>
public sealed class FamilyErasureService(IServiceScopeFactory scopes, IOptions<FamilyOptions> options, TimeProvider clock, ILogger<FamilyErasureService> logger)
    : Jobs.PeriodicJob(scopes, clock, logger)
{
    protected override string Name => "The family contact erasure";

    protected override async Task<TimeSpan> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<EraseFamilyContacts>().RunAsync(cancellationToken);
        return options.Value.ErasureInterval;
    }

    protected override TimeSpan WaitAfterFailure(DateTimeOffset now) => options.Value.ErasureInterval;
}

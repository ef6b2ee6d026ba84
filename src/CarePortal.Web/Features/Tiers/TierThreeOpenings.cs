using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// Where a tier-3 request (becoming a foster or adoptive family) goes when it opens: to its agency's information contact, never
/// to churches. Called by routing for the tier-3 requests among its openings; the email row joins routing's own write
/// (<see cref="NewRows"/>), so it is sent exactly once. An agency without a contact (cleared after the request was submitted)
/// tells the caseworker instead, so the request is not silently lost.
/// </summary>
public sealed class TierThreeOpenings(AppDbContext db, Outbox outbox)
{
    public async Task SendAsync(IReadOnlyList<CareRequest> requests, NewRows into, CancellationToken ct)
    {
        if (requests.Count == 0)
        {
            return;
        }

        var agencyIds = requests.Select(r => r.AgencyId).Distinct().ToList();
        var agencies = await db.Organisations.AsNoTracking().Where(o => agencyIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.InformationContactName, o.InformationContactEmail }).ToDictionaryAsync(o => o.Id, ct);
        var writerIds = requests.Select(r => r.CaseworkerId).Distinct().ToList();
        var writers = await db.Users.AsNoTracking().Where(u => writerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var addressees = await outbox.AddresseesAsync(writerIds, ct);
        foreach (var request in requests)
        {
            var agency = agencies[request.AgencyId];
            if (agency is { InformationContactEmail: { } email, InformationContactName: { } name })
            {
                outbox.ToAddress(email, new InformationRequestEmail(request.Id, agency.Name, name, request.Need, request.Urgency.ToString().ToLowerInvariant(),
                    request.Description, writers.GetValueOrDefault(request.CaseworkerId) ?? "your agency's caseworker"), request.Id, into);
            }
            else if (addressees.TryGetValue(request.CaseworkerId, out var caseworker))
            {
                outbox.To([caseworker], new NoInformationContactEmail(request.Id, request.Need), request.Id, digestible: false, into);
            }
        }
    }
}

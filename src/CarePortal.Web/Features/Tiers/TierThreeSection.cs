using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Tiers;

/// <summary>
/// On a tier-3 request's page, for its agency staff (<see cref="IRequestPageSection"/>): where it went, the information contact
/// it was emailed to and when, or that it is not sent yet (a draft, awaiting approval) or that nobody was told.
/// </summary>
public sealed class TierThreeSection(AppDbContext db, PersonTimeZone zones) : IRequestPageSection
{
    public async Task<RequestPageSection> ShowAsync(
        ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, string? done, CancellationToken ct)
    {
        if (request.Tier != 3)
        {
            return new("/Features/Tiers/_TierThree.cshtml", TierThreeView.None);
        }

        var sent = await db.Notifications.AsNoTracking().Where(n => n.CareRequestId == request.Id && n.Kind == InformationRequestEmail.KindName)
            .OrderBy(n => n.Id).Select(n => new { n.RecipientEmail, n.CreatedAt }).FirstOrDefaultAsync(ct);
        var contact = await db.Organisations.AsNoTracking().Where(o => o.Id == request.AgencyId)
            .Select(o => new { o.InformationContactName, o.InformationContactEmail }).SingleAsync(ct);
        var name = sent is not null && sent.RecipientEmail == contact.InformationContactEmail ? contact.InformationContactName : null;
        return new("/Features/Tiers/_TierThree.cshtml", new TierThreeView(true, request.State, name, sent?.RecipientEmail,
            sent is null ? null : LocalTime.Day(sent.CreatedAt, await zones.OfAsync(user, ct))));
    }

    public bool HasForm(string handler) => false;

    public Task<string> PostAsync(ClaimsPrincipal user, int id, string handler, IFormCollection form, CancellationToken ct) =>
        throw new InvalidOperationException("The tier-3 section has no form.");
}

/// <summary>Where a tier-3 request went: the contact's name (while still the agency's contact) and address, and when.</summary>
public sealed record TierThreeView(bool TierThree, RequestState State, string? ContactName, string? ContactEmail, string? SentOn)
{
    public static readonly TierThreeView None = new(false, RequestState.Draft, null, null, null);
}

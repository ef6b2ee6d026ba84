using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// On the request's page, for those of its agency staff who read the receipts (<see cref="ReceiptAccess"/>): the items a
/// champion paid a vendor for, the church that delivered each, what it recorded and a link to the receipt it uploaded.
/// </summary>
public sealed class FundingSection(AppDbContext db) : IRequestPageSection
{
    public async Task<RequestPageSection> ShowAsync(
        ClaimsPrincipal user, CareRequest request, IReadOnlyList<RequestEntry> entries, bool withContacts, string? done, CancellationToken ct)
    {
        if (!ReceiptAccess.AgencyReads(user, request))
        {
            return new(Partial, FundingSectionView.None);
        }

        var funded = await db.Set<ChampionOffer>().AsNoTracking()
            .Where(o => o.CareRequestId == request.Id && o.Way == HelpWay.Fund && (o.State == ChampionOfferState.Claimed || o.State == ChampionOfferState.Recorded)).OrderBy(o => o.Id)
            .Select(o => new FundedItem(o.Id, o.Quantity, db.RequestItems.Where(i => i.Id == o.RequestItemId).Select(i => i.Name).First(),
                db.Organisations.Where(c => c.Id == o.ChurchId).Select(c => c.Name).First(), o.Vendor, o.Amount, o.Receipt, o.ReceiptFileName))
            .ToListAsync(ct);
        return new(Partial, new FundingSectionView(request.Id, funded));
    }

    public bool HasForm(string handler) => false;

    public Task<string> PostAsync(ClaimsPrincipal user, int id, string handler, IFormCollection form, CancellationToken ct) =>
        throw new InvalidOperationException("The funding section has no form.");

    private const string Partial = "/Features/Champions/_Funding.cshtml";
}

/// <summary>The funded items of a request, as its agency staff see them; none when the reader may not see receipts.</summary>
public sealed record FundingSectionView(int RequestId, IReadOnlyList<FundedItem> Items)
{
    public static readonly FundingSectionView None = new(0, []);
}

/// <summary>A funded item: which offer, what, the church that took it on, and what that church recorded of the vendor and receipt.</summary>
public sealed record FundedItem(int OfferId, int Quantity, string Item, string Church, string? Vendor, decimal? Amount, string? Receipt, string? ReceiptFile);

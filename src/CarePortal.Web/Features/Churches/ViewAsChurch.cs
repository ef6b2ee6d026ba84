using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The church's side of a request: the public part, each item and whether it is being met, what the church did. For the
/// people of a church the request went to while it is open, and of a church that committed to it after; anyone else learns
/// nothing of it (404).
/// </summary>
public sealed class ViewAsChurch(AppDbContext db, ChurchSide side, TimeProvider clock)
{
    public async Task<ChurchRequestView> ChurchViewAsync(ClaimsPrincipal user, int id, int? churchId, CancellationToken ct)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Items).Include(r => r.Children).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RefusedException.NotFound();
        var reached = await side.ReachedAsync(user, request, ct);
        if (reached.Count == 0 || (churchId is { } chosen && !reached.Contains(chosen)))
        {
            throw RefusedException.NotFound();
        }

        var church = churchId ?? reached[0];
        var recipient = await db.RequestRecipients.AsNoTracking().SingleAsync(r => r.CareRequestId == id && r.ChurchId == church, ct);
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == church).Select(o => o.Name).SingleAsync(ct);
        var claims = await db.ItemClaims.AsNoTracking().Where(c => c.CareRequestId == id).Select(c => new { c.RequestItemId, c.ChurchId, c.Quantity }).ToListAsync(ct);
        var items = request.Items.OrderBy(i => i.Id).Select(i =>
        {
            var ours = claims.Where(c => c.RequestItemId == i.Id && c.ChurchId == church).Sum(c => c.Quantity);
            var left = Math.Max(0, i.Quantity - claims.Where(c => c.RequestItemId == i.Id).Sum(c => c.Quantity));
            return new ChurchItemView(i.Id, i.Name, i.Quantity, ours > 0 ? ItemStatus.OurChurch : left > 0 ? ItemStatus.Needed : ItemStatus.OtherChurch, left, ours);
        }).ToList();
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.CareRequestId == id && d.ChurchId == church).OrderBy(d => d.Id)
            .Join(db.Users, d => d.UserId, u => u.Id, (d, u) => new DeliveryView(u.DisplayName, d.Note, d.At)).ToListAsync(ct);
        // Who leads the church's answer, and who is its point person, as the memberships say now (ChurchLeads).
        var pointPerson = await ChurchLeads.IsPointPersonAsync(db, user, church, ct);
        var leads = pointPerson || await ChurchLeads.RunsAsync(db, user, church, ct);
        // Who reads the private part is one rule, Requests' PrivateAccess (a committed church only while the request is open).
        var mayReadPrivate = await PrivateAccess.AllowsAsync(db, user, request, clock.GetUtcNow(), ct);
        return new ChurchRequestView(ChurchRequestPart.From(request), church, name, reached, recipient.Miles, recipient.Round, items,
            items.Any(i => i.Status == ItemStatus.OurChurch), leads, pointPerson, mayReadPrivate, deliveries);
    }
}

public sealed record ChurchRequestView(
    ChurchRequestPart Request,
    int ChurchId,
    string ChurchName,
    IReadOnlyList<int> YourChurches,
    double Miles,
    int Round,
    IReadOnlyList<ChurchItemView> Items,
    bool Committed,
    bool Leads,
    bool IsPointPerson,
    bool MayReadPrivate,
    IReadOnlyList<DeliveryView> Deliveries);

public enum ItemStatus
{
    Needed,
    OurChurch,
    OtherChurch,
}

/// <summary>An item as a church sees it: <paramref name="StillNeeded"/> of <paramref name="Quantity"/> not yet committed by any church, <paramref name="Ours"/> by this one.</summary>
public sealed record ChurchItemView(int Id, string Name, int Quantity, ItemStatus Status, int StillNeeded, int Ours);

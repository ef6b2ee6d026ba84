using CarePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A champion's offer as the champion sees it: the need, the item, how many, how, where it stands and, once claimed, the church
/// that took it on. Nothing of the family: no ZIP, no name, no private detail.
/// </summary>
public sealed record ChampionOfferView(int Id, int RequestId, string Need, string Item, int Quantity, HelpWay Way, ChampionOfferState State, string? Church,
    DateTimeOffset CreatedAt)
{
    public static ChampionOfferView Of(ChampionOffer o, string need, string item, string? churchName) =>
        new(o.Id, o.CareRequestId, need, item, o.Quantity, o.Way, o.State, churchName, o.CreatedAt);

    /// <summary>The champion's offers, newest first.</summary>
    public static Task<List<ChampionOfferView>> MineAsync(AppDbContext db, int championId, CancellationToken ct) =>
        db.Set<ChampionOffer>().AsNoTracking().Where(o => o.ChampionId == championId).OrderByDescending(o => o.Id).Take(100)
            .Select(o => new ChampionOfferView(o.Id, o.CareRequestId, db.Requests.Where(r => r.Id == o.CareRequestId).Select(r => r.Need).First(),
                db.RequestItems.Where(i => i.Id == o.RequestItemId).Select(i => i.Name).First(), o.Quantity, o.Way, o.State,
                o.State == ChampionOfferState.Sent ? null : db.Organisations.Where(c => c.Id == o.ChurchId).Select(c => c.Name).First(), o.CreatedAt))
            .ToListAsync(ct);
}

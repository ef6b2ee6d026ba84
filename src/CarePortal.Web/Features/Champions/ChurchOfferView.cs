using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A champion's offer as the connecting church it went to sees it: who offers (name, kind and email, to arrange the hand-over),
/// what, how, and for a funded item what the church recorded of the vendor and the name of the receipt's file it uploaded. Only the point person of that church reads it
/// (who holds the role now: <see cref="CurrentRoles"/>); anyone else is told it does not exist (404). The champion's email is
/// contact data: each view of it is recorded with the request's private-data reads (<see cref="PrivateReadLog"/>, not stored by a
/// browser); asked from another site (a link elsewhere), the view comes without it and nothing is recorded.
/// </summary>
public sealed record ChurchOfferView(int Id, int RequestId, int ChurchId, string Need, string Item, int Quantity, HelpWay Way, ChampionOfferState State,
    string Champion, ChampionKind Kind, string ChampionEmail, string? Vendor, decimal? Amount, string? Receipt, string? ReceiptFile)
{
    public static async Task<ChampionOffer> OfferForPointPersonAsync(AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var churches = CurrentRoles.PlacesOf(db, user.UserId(), Roles.ChurchPointPerson);
        return await db.Set<ChampionOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && churches.Contains(o.ChurchId), ct)
            ?? throw RefusedException.NotFound("No such offer.");
    }

    public static async Task<ChurchOfferView> ReadAsync(AppDbContext db, PrivateReadLog reads, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var offer = await OfferForPointPersonAsync(db, user, id, ct);
        var view = await db.Set<ChampionOffer>().AsNoTracking().Where(o => o.Id == offer.Id)
            .Join(db.Set<Champion>(), o => o.ChampionId, c => c.Id, (o, c) => new { o, c })
            .Join(db.Users, x => x.c.PersonId, u => u.Id, (x, u) => new ChurchOfferView(x.o.Id, x.o.CareRequestId, x.o.ChurchId,
                db.Requests.Where(r => r.Id == x.o.CareRequestId).Select(r => r.Need).First(),
                db.RequestItems.Where(i => i.Id == x.o.RequestItemId).Select(i => i.Name).First(),
                x.o.Quantity, x.o.Way, x.o.State, x.c.Name, x.c.Kind, u.Email ?? "", x.o.Vendor, x.o.Amount, x.o.Receipt, x.o.ReceiptFileName))
            .SingleAsync(ct);
        if (reads.AskedFromAnotherSite)
        {
            return view with { ChampionEmail = "" };
        }

        await reads.RecordAsync(view.RequestId, user.UserId(), ContactRead(view.Id), ct);
        return view;
    }

    /// <summary>How the reads' table names a view of the champion's email.</summary>
    public static string ContactRead(int offerId) => AuditActions.ChampionContactPrefix + offerId;
}

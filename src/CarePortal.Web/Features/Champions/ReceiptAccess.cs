using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// Who reads the receipt of a champion's funded item, written once: the point person of the connecting church the offer went
/// to (the church's own record of what it delivered, whatever became of the request since), and, of the request's agency
/// staff, those who read its private details (<see cref="PrivateAccess.AgencyReads"/>: its writer, the office's supervisor, the
/// region's manager). Nobody else, and never the champion nor another church, even one that committed to other items of the
/// request and reads its private details: the receipt is this church's record, not the family's. Anyone else: 404. The point
/// person is who holds the role now (<see cref="CurrentRoles"/>), not who the sign-in's claims still say.
/// </summary>
public sealed class ReceiptAccess(AppDbContext db, ReadRequest requests)
{
    /// <summary>Whether the person reads the receipts of this request as its agency staff (the request page's section asks).</summary>
    public static bool AgencyReads(ClaimsPrincipal user, CareRequest request) => PrivateAccess.AgencyReads(user, request);

    /// <summary>The offer whose receipt file the person may open; 404 when there is none or they may not.</summary>
    public async Task<ChampionOffer> ReadableAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var offer = await db.Set<ChampionOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.ReceiptFileId != null, ct)
            ?? throw RefusedException.NotFound("No such receipt.");
        if (await CurrentRoles.PlacesOf(db, user.UserId(), Roles.ChurchPointPerson).ContainsAsync(offer.ChurchId, ct))
        {
            return offer;
        }

        var request = await requests.ReadToShowAsync(user, offer.CareRequestId, ct);
        return AgencyReads(user, request) ? offer : throw RefusedException.NotFound("No such receipt.");
    }
}

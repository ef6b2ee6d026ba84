using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// Who the signed-in person is as a champion: their own row, whether it may act (approved) yet, and which standing offers are
/// theirs (another champion's or a church's: not found).
/// </summary>
public sealed class ChampionSide(AppDbContext db)
{
    /// <summary>The user's champion, whatever its status; null when they never registered.</summary>
    public Task<Champion?> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.UserId();
        return db.Set<Champion>().AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == me, ct);
    }

    /// <summary>The user's champion when approved; anyone else is refused (403), a pending or declined champion with why.</summary>
    public async Task<Champion> ApprovedAsync(ClaimsPrincipal user, CancellationToken ct) => await MineAsync(user, ct) switch
    {
        { Status: ChampionStatus.Approved } champion => champion,
        { Status: ChampionStatus.Pending } => throw RefusedException.Forbidden("Your registration as a champion waits for a platform admin: you may offer help once it is approved."),
        { Status: ChampionStatus.Declined } => throw RefusedException.Forbidden("Your registration as a champion was declined: you cannot offer help."),
        _ => throw RefusedException.Forbidden("Only an approved champion offers help this way. Register as a champion first."),
    };

    /// <summary>The approved champion's own standing offer, tracked; 403 for anyone not approved (with why), 404 for any other offer.</summary>
    public async Task<(Champion Champion, ChurchOffer Offer)> StandingOfferAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var champion = await ApprovedAsync(user, ct);
        var offer = await db.Set<ChurchOffer>().SingleOrDefaultAsync(o => o.Id == id && o.ChampionId == champion.Id, ct) ?? throw RefusedException.NotFound("No such offer.");
        return (champion, offer);
    }
}

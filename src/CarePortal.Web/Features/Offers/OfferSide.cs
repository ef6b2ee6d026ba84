using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>Asks the rule: someone who runs no church is refused (403); an offer of a church the user does not run is not found (404).</summary>
public sealed class OfferSide(AppDbContext db, IAuthorizationService authorization)
{
    private const string RunnersOnly = "Only a church's point person or a team leader posts and changes its offers.";

    private const string NoSuchOffer = "No such offer.";

    public async Task AuthorizeAsync(ClaimsPrincipal user, ChurchOffer offer, OfferOperation operation, CancellationToken ct)
    {
        if (!await OfferAccess.RunsAnyAsync(db, user, ct))
        {
            throw RefusedException.Forbidden(RunnersOnly);
        }

        if (!(await authorization.AuthorizeAsync(user, offer, new OfferRequirement(operation))).Succeeded)
        {
            throw operation == OfferOperation.Post
                ? RefusedException.Forbidden("You post offers for your own church only.")
                : RefusedException.NotFound(NoSuchOffer);
        }
    }

    /// <summary>The offer, tracked, that the user may change; 404 for one of another church or none.</summary>
    public async Task<ChurchOffer> LoadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var offer = await db.Set<ChurchOffer>().SingleOrDefaultAsync(o => o.Id == id, ct)
            ?? throw (await OfferAccess.RunsAnyAsync(db, user, ct) ? RefusedException.NotFound(NoSuchOffer) : RefusedException.Forbidden(RunnersOnly));
        await AuthorizeAsync(user, offer, OfferOperation.Change, ct);
        return offer;
    }

    /// <summary>The church the user posts for: the one named, else their one church; 400 when they run several and named none.</summary>
    public async Task<int> ChurchForAsync(ClaimsPrincipal user, int? churchId, CancellationToken ct)
    {
        if (churchId is { } named)
        {
            return named;
        }

        var run = await OfferAccess.ChurchesRun(db, user).Take(2).ToListAsync(ct);
        return run.Count == 1 ? run[0]
            : run.Count == 0 ? throw RefusedException.Forbidden(RunnersOnly)
            : throw RefusedException.Invalid(new Dictionary<string, string[]> { ["churchId"] = ["Say which of your churches offers it."] });
    }
}

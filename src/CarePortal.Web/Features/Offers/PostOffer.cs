using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Offers;

/// <summary>A church's point person or team leader posts a standing offer for their church.</summary>
public sealed class PostOffer(AppDbContext db, OfferSide side, ListOffers list, TimeProvider clock)
{
    public async Task<OfferView> RunAsync(ClaimsPrincipal user, OfferInput input, CancellationToken ct)
    {
        FieldChecks.ThrowIfInvalid(input);
        var churchId = await side.ChurchForAsync(user, input.ChurchId, ct);
        var offer = new ChurchOffer { ChurchId = churchId, Need = input.Need!, Item = input.Item!, CreatedById = user.UserId(), CreatedAt = clock.GetUtcNow() };
        await side.AuthorizeAsync(user, offer, OfferOperation.Post, ct);
        var church = await db.Churches.AsNoTracking().SingleAsync(c => c.Id == churchId, ct);
        OfferTerms.Apply(offer, input, OfferHome.Of(church), OfferTerms.Today(clock));
        db.Add(offer);
        await db.SaveChangesAsync(ct);
        return await list.OneAsync(offer.Id, ct);
    }
}

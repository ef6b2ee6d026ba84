using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>Accounts' question when a join link is followed: did an agency admin revoke this invitation (and not send it again since)?</summary>
public sealed class RevokedInvitations(AppDbContext db) : IWithdrawnOffers
{
    public Task<bool> IsWithdrawnAsync(string userId, JoinOffer offer, CancellationToken ct)
    {
        var key = Invitation.Key(offer.OrganisationIds);
        return db.Set<Invitation>().AnyAsync(i => i.UserId == userId && i.Role == offer.Role && i.Places == key && i.RevokedAt != null, ct);
    }
}

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Whether the offer of a join link was withdrawn after it was sent: People answers for the agency invitations its admins
/// revoked. The join page asks before a place is taken; Accounts never names People.
/// </summary>
public interface IWithdrawnOffers
{
    Task<bool> IsWithdrawnAsync(string userId, JoinOffer offer, CancellationToken ct);
}

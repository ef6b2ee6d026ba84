using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A church commits to a request ("Yes, I can help") in the caller's coming save: Offers' <c>OfferCommitments</c> takes what it
/// commits off the church's standing offer for the need. Adds or changes rows, saves nothing; Churches never names the listener.
/// </summary>
public interface IChurchCommitListener
{
    /// <param name="quantity">How many items the church commits to give, all items of this answer together.</param>
    Task CommittingAsync(CareRequest request, int churchId, int quantity, CancellationToken cancellationToken);
}

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// Whether the family of a request chose to let the churches that helped hear "the family said thank you": Family's
/// <c>FamilyThanks</c>. Nothing else of what the family said reaches a church.
/// </summary>
public interface IFamilyThanks
{
    Task<bool> SaidThankYouAsync(int requestId, CancellationToken ct);
}

namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// Whether an agency's caseworkers must complete the training before their first request. Training keeps the rule;
/// the agency's settings page reads and sets it through this seam (Organisations never names Training).
/// </summary>
public interface IAgencyTrainingRule
{
    Task<bool> RequiredAsync(int agencyId, CancellationToken ct);

    /// <summary>Sets the rule for the agency, in the caller's save (<paramref name="userId"/> is who changed it).</summary>
    Task SetAsync(int agencyId, bool required, string userId, CancellationToken ct);
}

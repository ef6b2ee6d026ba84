namespace CarePortal.Web.Features.Organisations;

/// <summary>
/// What still uses a county or an office, asked before one is removed. Organisations knows the tree, not who works or writes
/// where: each feature that keeps a place's id answers for its own (Accounts: roles held there; Requests: requests written
/// for it). A county's reach (Churches' county setting) goes with it.
/// </summary>
public interface IPlaceUses
{
    /// <summary>What uses the place, in words ("2 people hold a role there: …"), or null when nothing of this feature does.</summary>
    Task<string?> UseOfAsync(int placeId, CancellationToken ct);
}

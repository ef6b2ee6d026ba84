using CarePortal.Web.Data;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Where a person holds a role now: read from the memberships of active accounts on every call, never from the sign-in's
/// claims. The claims (<see cref="ClaimsPrincipalExtensions.OrganisationsWithRole"/>) are built at sign-in and rebuilt only
/// at the cookie's security-stamp check, every 30 minutes; an agency's role change and a deactivation end the person's
/// sessions, but a church's roles change without it. So a right over a family's private data, or over what a church holds
/// (a champion's receipt and offer), is decided here, as <c>ChurchAccess.ChurchesOf</c> decides who a church's people are:
/// a role taken away counts from the next call.
/// </summary>
public static class CurrentRoles
{
    /// <summary>The organisations where the person holds <paramref name="role"/> now, as a query to filter with.</summary>
    public static IQueryable<int> PlacesOf(AppDbContext db, string userId, string role) =>
        ActiveAccounts.Memberships(db).Where(m => m.UserId == userId && m.Role == role).Select(m => m.OrganisationId);

    /// <summary>Which of <paramref name="roles"/> the person holds now, anywhere, as a query.</summary>
    public static IQueryable<string> HeldOf(AppDbContext db, string userId, IReadOnlyCollection<string> roles) =>
        ActiveAccounts.Memberships(db).Where(m => m.UserId == userId && roles.Contains(m.Role)).Select(m => m.Role).Distinct();
}

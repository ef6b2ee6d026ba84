using System.Globalization;
using System.Security.Claims;
using CarePortal.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Accounts;

/// <summary>Adds each membership as a claim <c>role@organisationId</c>, and each role as a role claim.</summary>
public sealed class MembershipClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync();
        foreach (var membership in memberships)
        {
            identity.AddClaim(new Claim(MembershipClaimTypes.Membership, MembershipClaimTypes.Format(membership.Role, membership.OrganisationId)));
        }

        foreach (var role in memberships.Select(m => m.Role).Distinct())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        identity.AddClaim(new Claim(MembershipClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}

public static class MembershipClaimTypes
{
    public const string Membership = "careportal:membership";
    public const string DisplayName = "careportal:name";

    public static string Format(string role, int organisationId) => $"{role}@{organisationId.ToString(CultureInfo.InvariantCulture)}";
}

public static class ClaimsPrincipalExtensions
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");

    public static bool HasRoleAt(this ClaimsPrincipal user, string role, int? organisationId) =>
        organisationId is { } id && user.HasClaim(MembershipClaimTypes.Membership, MembershipClaimTypes.Format(role, id));

    /// <summary>The organisations where the user holds <paramref name="role"/>.</summary>
    public static IReadOnlyList<int> OrganisationsWithRole(this ClaimsPrincipal user, string role) =>
        [.. user.FindAll(MembershipClaimTypes.Membership)
            .Select(c => c.Value.Split('@'))
            .Where(p => p.Length == 2 && p[0] == role)
            .Select(p => int.Parse(p[1], CultureInfo.InvariantCulture))];
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// The links emailed to an address (confirm an application, join a church), as an Identity token provider: signed,
/// expiring after <see cref="Lifetime"/> on the app's clock, bound to the person's security stamp so that following one
/// (which changes the stamp) spends it. The token goes in the link's fragment (<see cref="PathFor"/>), which browsers do not
/// send, so it reaches no access log; the page posts it.
/// </summary>
public sealed class AccountLinks(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "CarePortalLinks";

    public const string PagePath = "/Accounts/Join";

    /// <summary>The purpose of a link that only proves the address (and lets its owner choose a password).</summary>
    public const string Confirm = "confirm";

    /// <summary>The purpose of a link that lets the address's owner choose a new password (sent by their agency admin).</summary>
    public const string Reset = "reset";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>A password-reset link works for a day: it replaces a password, so it should not lie in a mailbox for long.</summary>
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(24);

    private static readonly string[] JoinableRoles =
        [Roles.ChurchPointPerson, Roles.Responder, Roles.Caseworker, Roles.Supervisor, Roles.CountyRepresentative, Roles.RegionalManager, Roles.AgencyAdmin];

    private readonly IDataProtector protector = protection.CreateProtector("CarePortal.Accounts.Links.v1");

    /// <summary>The purpose of a link that offers <paramref name="role"/> at <paramref name="organisationId"/>.</summary>
    public static string Join(int organisationId, string role) => Join([organisationId], role);

    /// <summary>The purpose of a link that offers <paramref name="role"/> at each of <paramref name="organisationIds"/> (a county representative's counties).</summary>
    public static string Join(IReadOnlyCollection<int> organisationIds, string role) => JoinableRoles.Contains(role) && organisationIds.Count > 0
        ? $"join:{string.Join(',', organisationIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))}:{role}"
        : throw new ArgumentOutOfRangeException(nameof(role), role, "The platform's own role is not offered by link, and a role is offered somewhere.");

    /// <summary>What a join purpose offers, or null for <see cref="Confirm"/> (and anything else).</summary>
    public static JoinOffer? Offer(string purpose)
    {
        var parts = purpose.Split(':');
        if (parts.Length != 3 || parts[0] != "join" || !JoinableRoles.Contains(parts[2]))
        {
            return null;
        }

        var ids = new List<int>();
        foreach (var id in parts[1].Split(','))
        {
            if (!int.TryParse(id, CultureInfo.InvariantCulture, out var parsed))
            {
                return null;
            }

            ids.Add(parsed);
        }

        return new JoinOffer(ids, parts[2]);
    }

    public static TimeSpan LifetimeOf(string purpose) => purpose == Reset ? ResetLifetime : Lifetime;

    public static async Task<string> PathForAsync(UserManager<AppUser> users, AppUser person, string purpose) =>
        PathFor(await users.GenerateUserTokenAsync(person, ProviderName, purpose));

    public static string PathFor(string token) => $"{PagePath}#{token}";

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        var expires = (clock.GetUtcNow() + LifetimeOf(purpose)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return protector.Protect(string.Join('|', user.Id, purpose, StampHash(await manager.GetSecurityStampAsync(user)), expires));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user) =>
        Read(token) is { } link && link.UserId == user.Id && link.Purpose == purpose && clock.GetUtcNow() < link.Expires
        && link.StampHash == StampHash(await manager.GetSecurityStampAsync(user));

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);

    /// <summary>What a token claims (whose, for what, until when), or null when it is not one of ours; <see cref="ValidateAsync"/> decides.</summary>
    public AccountLink? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 4 && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var expires)
                ? new AccountLink(parts[0], parts[1], parts[2], DateTimeOffset.FromUnixTimeSeconds(expires))
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Why a genuine link no longer works: spent (the stamp changed) or expired.</summary>
    public AccountLinkProblem Problem(AccountLink link, string? currentStamp) =>
        link.StampHash != StampHash(currentStamp) ? AccountLinkProblem.Used
        : clock.GetUtcNow() >= link.Expires ? AccountLinkProblem.Expired
        : AccountLinkProblem.None;

    private static string StampHash(string? stamp) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? "")))[..16];
}

/// <summary>The role a join link offers, at one organisation or more.</summary>
public sealed record JoinOffer(IReadOnlyList<int> OrganisationIds, string Role);

public sealed record AccountLink(string UserId, string Purpose, string StampHash, DateTimeOffset Expires);

public enum AccountLinkProblem
{
    None,
    Invalid,
    Expired,
    Used,

    /// <summary>The invitation was revoked after the link was sent.</summary>
    Withdrawn,
}

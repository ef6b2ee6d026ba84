using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The signed, expiring, one-time link an invited responder uses to choose a password. It names the person and a hash of
/// their security stamp: setting the password changes the stamp, so the link works once.
/// </summary>
public sealed class InvitationLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public const string PagePath = "/Churches/SetPassword";

    private readonly IDataProtector protector = protection.CreateProtector("CarePortal.Churches.SetPassword.v1");

    public string PathFor(AppUser person)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        var payload = string.Join('|', person.Id, StampHash(person.SecurityStamp), expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return $"{PagePath}?t={Uri.EscapeDataString(protector.Protect(payload))}";
    }

    /// <summary>Whose link it is and whether it can still be used (forged, expired, already used).</summary>
    public InvitationCheck Check(string? token, Func<string, AppUser?> find)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return new InvitationCheck(InvitationProblem.Invalid, null);
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return new InvitationCheck(InvitationProblem.Invalid, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires) || find(parts[0]) is not { } person)
        {
            return new InvitationCheck(InvitationProblem.Invalid, null);
        }

        if (person.PasswordHash is not null || StampHash(person.SecurityStamp) != parts[1])
        {
            return new InvitationCheck(InvitationProblem.Used, person);
        }

        return new InvitationCheck(clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires) ? InvitationProblem.Expired : InvitationProblem.None, person);
    }

    private static string StampHash(string? stamp) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? "")))[..16];
}

public enum InvitationProblem
{
    None,
    Invalid,
    Expired,
    Used,
}

public sealed record InvitationCheck(InvitationProblem Problem, AppUser? Person);

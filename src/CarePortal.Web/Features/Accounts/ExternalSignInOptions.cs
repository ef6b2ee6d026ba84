
namespace CarePortal.Web.Features.Accounts;

/// <summary>
/// Agencies' OpenID Connect providers (section <c>ExternalSignIn:Providers:{name}</c>). None configured: nothing changes.
/// </summary>
public sealed class ExternalSignInOptions
{
    public const string Section = "ExternalSignIn";

    public Dictionary<string, OidcProvider> Providers { get; set; } = [];

    public bool IsValid => Providers.All(p => p.Key.All(char.IsAsciiLetterOrDigit) && p.Value.IsValid);
}

public sealed class OidcProvider
{
    /// <summary>What the sign-in button says: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "";

    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>Only for a provider on loopback in tests or a lab: production metadata is always fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Addresses this provider may vouch for (e.g. <c>dcs.example</c>); empty: any.</summary>
    public List<string> EmailDomains { get; set; } = [];

    /// <summary>Where a person new to CarePortal joins, and as what; unset: only people with an account already, matched by email.</summary>
    public int? NewUserOrganisationId { get; set; }

    public string? NewUserRole { get; set; }

    public bool IsValid =>
        DisplayName.Length > 0 && Uri.TryCreate(Authority, UriKind.Absolute, out _) && ClientId.Length > 0
        && (NewUserOrganisationId is null) == (NewUserRole is null)
        && (NewUserRole is null || Roles.All.Contains(NewUserRole));

    public bool Vouches(string email) =>
        EmailDomains.Count == 0 || EmailDomains.Any(d => email.EndsWith("@" + d, StringComparison.OrdinalIgnoreCase));

    public static string SchemeOf(string name) => "oidc-" + name;
}

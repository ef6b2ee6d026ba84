using System.ComponentModel.DataAnnotations;

namespace CarePortal.Web.Features.Security;

/// <summary>The headers every answer carries (section <c>SecurityHeaders</c>).</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>No inline script or style anywhere: every script and style is a file under wwwroot.</summary>
    [Required]
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>The API reference page (Scalar) starts itself with an inline script and styles, so it alone gets this policy.</summary>
    [Required]
    public string ApiReferenceContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    [Required]
    public string ReferrerPolicy { get; set; } = "same-origin";
}

namespace CarePortal.Web.Features.Security;

/// <summary>
/// Requests allowed per window (section <c>RateLimits</c>): sign-in attempts and anonymous forms that send email per client address, description reviews and
/// other API calls per person (or per address when anonymous).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    public RateLimit SignIn { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Review { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    public RateLimit Api { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Anonymous forms that send an email (a church's application, the training's "email me a link"), per client address.</summary>
    public RateLimit EmailForms { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    public bool IsValid => new[] { SignIn, Review, Api, EmailForms }.All(l => l.PermitLimit > 0 && l.Window > TimeSpan.Zero);
}

public sealed class RateLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

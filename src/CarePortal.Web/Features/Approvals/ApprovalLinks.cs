using System.Globalization;
using System.Security.Cryptography;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.DataProtection;

namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// Signed, expiring links that let an approver approve, return or deny a request from their email. A link names the
/// request, the approver and the action; it only opens a confirmation page, and the decision is a signed-in POST.
/// </summary>
public sealed class ApprovalLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    public const string PagePath = "/Approvals/Link";

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("CarePortal.Approvals.EmailLink.v1").ToTimeLimitedDataProtector();

    /// <summary>The site-relative link for one approver and one action; the mailer puts the site's address before it.</summary>
    public string PathFor(int requestId, string approverId, Decision action)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        var payload = string.Join('|', requestId.ToString(CultureInfo.InvariantCulture), approverId, action.ToString(),
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        // The protector enforces the lifetime on the system clock; the payload's own expiry is checked on the injected clock.
        var token = protector.Protect(payload, TimeProvider.System.GetUtcNow() + Lifetime);
        return $"{PagePath}?t={Uri.EscapeDataString(token)}";
    }

    /// <summary>What a link says, or why it cannot be used.</summary>
    public LinkCheck Check(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return new LinkCheck(LinkProblem.Invalid, null);
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            return new LinkCheck(LinkProblem.Invalid, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 4 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id)
            || !Enum.TryParse<Decision>(parts[2], out var action) || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var expires))
        {
            return new LinkCheck(LinkProblem.Invalid, null);
        }

        var link = new ApprovalLink(id, parts[1], action, DateTimeOffset.FromUnixTimeSeconds(expires));
        return new LinkCheck(clock.GetUtcNow() >= link.ExpiresAt ? LinkProblem.Expired : LinkProblem.None, link);
    }
}

public sealed record ApprovalLink(int RequestId, string ApproverId, Decision Action, DateTimeOffset ExpiresAt);

public enum LinkProblem
{
    None,
    Invalid,
    Expired,
}

public sealed record LinkCheck(LinkProblem Problem, ApprovalLink? Link);

/// <summary>The text of the email that asks an approver for a decision, with one signed link per action.</summary>
public static class ApprovalEmail
{
    public const string Kind = "approval-requested";

    public static string Body(ApprovalLinks links, Uri site, CareRequest request, string approverId)
    {
        string Link(Decision d) => new Uri(site, links.PathFor(request.Id, approverId, d)).ToString();
        return $"""
            Request {request.Id} ({request.Need}) waits for your decision.

            {request.Description}

            Approve: {Link(Decision.Approve)}
            Return for changes: {Link(Decision.Return)}
            Deny: {Link(Decision.Deny)}

            Each link opens a page where you confirm, signed in; the links expire in {ApprovalLinks.Lifetime.TotalHours:0} hours.
            """;
    }
}

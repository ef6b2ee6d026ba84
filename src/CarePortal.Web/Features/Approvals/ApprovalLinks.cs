using System.Globalization;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Security;

namespace CarePortal.Web.Features.Approvals;

/// <summary>
/// Signed, expiring links that let an approver approve, return or deny a request from their email. A link names the
/// request, the approver, the action and the submission it was sent for (a request returned and submitted again gets
/// new links); it only opens a confirmation page, and the decision is a signed-in POST. The token travels in the link's
/// fragment (<see cref="SignedLinks"/>), never in a URL a server logs.
/// </summary>
public sealed class ApprovalLinks(SignedLinks signedLinks, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    public const string PagePath = "/Approvals/Link";

    private const string Purpose = "CarePortal.Approvals.EmailLink.v2";

    /// <summary>The site-relative link for one approver and one action on the request's current submission (token in the fragment).</summary>
    public string PathFor(CareRequest request, string approverId, Decision action) =>
        signedLinks.PathFor(PagePath, Purpose, Lifetime, [request.Id.ToString(CultureInfo.InvariantCulture), approverId, action.ToString(),
            (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), RoundOf(request).ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Which submission a link belongs to: the second of submitting.</summary>
    public static long RoundOf(CareRequest request) => request.SubmittedAt?.ToUnixTimeSeconds() ?? 0;

    /// <summary>What a link says, or why it cannot be used.</summary>
    public LinkCheck Check(string? token)
    {
        var parts = signedLinks.Read(Purpose, token);
        if (parts is not { Length: 5 } || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id)
            || !Enum.TryParse<Decision>(parts[2], out var action) || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var expires)
            || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var round))
        {
            return new LinkCheck(LinkProblem.Invalid, null);
        }

        var link = new ApprovalLink(id, parts[1], action, DateTimeOffset.FromUnixTimeSeconds(expires), round);
        return new LinkCheck(clock.GetUtcNow() >= link.ExpiresAt ? LinkProblem.Expired : LinkProblem.None, link);
    }
}

public sealed record ApprovalLink(int RequestId, string ApproverId, Decision Action, DateTimeOffset ExpiresAt, long Round);

public enum LinkProblem
{
    None,
    Invalid,
    Expired,
}

public sealed record LinkCheck(LinkProblem Problem, ApprovalLink? Link);

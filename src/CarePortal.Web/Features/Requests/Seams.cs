using System.Security.Claims;

namespace CarePortal.Web.Features.Requests;

// Where other features meet Requests (STYLE.md lesson 15): each seam is owned by Requests and called by it; the feature that
// cares implements it and registers it. Requests never names the implementing feature.

/// <summary>
/// A request opened (a submission needing no approval, the last approval): Requests calls it wherever a request opens;
/// routing implements it (Churches' <c>Openings</c>), then Offers' <c>MatchOffers</c>, each called in the order registered, so
/// Requests never names the churches.
/// </summary>
public interface IRequestOpenedListener
{
    /// <summary>The request opens in the caller's coming save: adds the listener's own rows to that save.</summary>
    void Opening(CareRequest request);

    /// <summary>After that save: returns once the listener has acted on the openings (routing: churches chosen and told) or stopped waiting.</summary>
    Task OpenedAsync(CancellationToken cancellationToken);
}

/// <summary>A request waits for an approver's decision (a submission that needs approval): Approvals' <c>ApprovalNotices</c> emails them.</summary>
public interface IAwaitingApprovalListener
{
    /// <summary>The request waits for approval from the caller's coming save: adds the listener's own rows to that save, saves nothing.</summary>
    Task AwaitingApprovalAsync(CareRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// Whether a writer's agency asks them to finish its training before their first request: Training's <c>TrainingStatus</c>.
/// The composer says so to the writer; submitting their own request is refused (403) until then.
/// </summary>
public interface IWriterReadiness
{
    Task<bool> MustCompleteBeforeRequestAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>
/// A question another feature asks before a request is submitted: CoworkerReads' <c>CoworkerReadRule</c> (the agency's
/// coworker-read policy). Submitting asks every registered check after the writer's readiness and before its own checks of
/// the request; a check that says no throws a <c>RefusedException</c>, and the draft is kept.
/// </summary>
public interface ISubmissionCheck
{
    Task ThrowIfNotReadyAsync(ClaimsPrincipal user, CareRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// What coworkers said of a draft before it went out, shown to its writer on the composer: CoworkerReads' <c>CoworkerReadService</c>.
/// The agency's own text: the implementation refuses anyone but the request's agency staff (403).
/// </summary>
public interface IDraftReads
{
    Task<IReadOnlyList<DraftRead>> ForRequestAsync(ClaimsPrincipal user, int requestId, CancellationToken cancellationToken);
}

/// <summary>One coworker's read of a draft: who was asked and when, and once read, when and their note.</summary>
public sealed record DraftRead(string Reader, DateTimeOffset AskedAt, DateTimeOffset? ReadAt, string? Note);

/// <summary>
/// A request closes (met, partly met, not met, cancelled) in the caller's coming save: Churches' <c>ClosingNotices</c> thanks
/// the churches that helped and tells the others it reached that it is no longer needed. Adds rows, saves nothing.
/// </summary>
public interface IRequestClosingListener
{
    Task ClosingAsync(CareRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// A live request changed in the caller's coming save: a church answered it, or it was paused or resumed (closing is
/// <see cref="IRequestClosingListener"/>). The people who follow it are told. Adds rows, saves nothing.
/// </summary>
public interface IRequestChangeListener
{
    Task ChangingAsync(CareRequest request, RequestChange change, CancellationToken cancellationToken);
}

public enum RequestChange
{
    Answered,
    Paused,
    Resumed,
}

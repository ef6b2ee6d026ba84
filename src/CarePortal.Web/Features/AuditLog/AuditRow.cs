using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>
/// One line of the log from any of its three tables (an administrator's act, a read of private details, a move of a request),
/// in one shape so that the database merges, orders and pages them (a UNION ALL); the fields a kind has not are null.
/// </summary>
public sealed class AuditRow
{
    public int Kind { get; init; }

    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public string? ActorId { get; init; }

    public string? SubjectId { get; init; }

    public int? RequestId { get; init; }

    /// <summary>An administrator's act or a read (<see cref="AuditActions"/>); null for a move.</summary>
    public string? Action { get; init; }

    /// <summary>A move of a request; null for the rest.</summary>
    public RequestAction? Move { get; init; }

    public string? Detail { get; init; }

    public string ActionKey => Move is { } move ? AuditActions.MovePrefix + move : Action ?? "";
}

/// <summary>A line of the log as shown: names instead of ids, the time in the reader's zone.</summary>
public sealed record AuditLine(DateTimeOffset At, string Who, string Action, int? RequestId, string? Whom, string? Detail);

public sealed record AuditPage(IReadOnlyList<AuditLine> Lines, int Total, int Pages);

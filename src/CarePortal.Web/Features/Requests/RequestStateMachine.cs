using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePortal.Web.Features.Requests;

public enum RequestState
{
    Draft,
    AwaitingApproval,
    ReturnedForChanges,
    ExpiredNotApproved,
    Denied,
    Open,
    Paused,
    ClosedFullyMet,
    ClosedPartiallyMet,
    ClosedNotMet,
    Cancelled,
}

public enum RequestAction
{
    Submit,
    Approve,
    Return,
    Deny,
    Expire,
    Pause,
    Resume,
    CloseFullyMet,
    ClosePartiallyMet,
    CloseNotMet,
    Cancel,
}

/// <summary>The only moves a request can make; anything else is refused, whoever asks.</summary>
public static class RequestStateMachine
{
    private static readonly (RequestState From, RequestAction Action, RequestState To)[] Transitions =
    [
        (RequestState.Draft, RequestAction.Submit, RequestState.AwaitingApproval),
        (RequestState.Draft, RequestAction.Submit, RequestState.Open),
        (RequestState.ReturnedForChanges, RequestAction.Submit, RequestState.AwaitingApproval),
        (RequestState.ReturnedForChanges, RequestAction.Submit, RequestState.Open),
        (RequestState.AwaitingApproval, RequestAction.Approve, RequestState.Open),
        (RequestState.AwaitingApproval, RequestAction.Return, RequestState.ReturnedForChanges),
        (RequestState.AwaitingApproval, RequestAction.Deny, RequestState.Denied),
        (RequestState.AwaitingApproval, RequestAction.Expire, RequestState.ExpiredNotApproved),
        (RequestState.Open, RequestAction.Pause, RequestState.Paused),
        (RequestState.Paused, RequestAction.Resume, RequestState.Open),
        (RequestState.Open, RequestAction.CloseFullyMet, RequestState.ClosedFullyMet),
        (RequestState.Paused, RequestAction.CloseFullyMet, RequestState.ClosedFullyMet),
        (RequestState.Open, RequestAction.ClosePartiallyMet, RequestState.ClosedPartiallyMet),
        (RequestState.Paused, RequestAction.ClosePartiallyMet, RequestState.ClosedPartiallyMet),
        (RequestState.Open, RequestAction.CloseNotMet, RequestState.ClosedNotMet),
        (RequestState.Paused, RequestAction.CloseNotMet, RequestState.ClosedNotMet),
        (RequestState.Draft, RequestAction.Cancel, RequestState.Cancelled),
        (RequestState.AwaitingApproval, RequestAction.Cancel, RequestState.Cancelled),
        (RequestState.ReturnedForChanges, RequestAction.Cancel, RequestState.Cancelled),
        (RequestState.Open, RequestAction.Cancel, RequestState.Cancelled),
        (RequestState.Paused, RequestAction.Cancel, RequestState.Cancelled),
    ];

    public static bool Allows(RequestState from, RequestAction action, RequestState to) =>
        Array.IndexOf(Transitions, (from, action, to)) >= 0;

    public static bool Allows(RequestState from, RequestAction action) =>
        Transitions.Any(t => t.From == from && t.Action == action);

    public static bool IsEditable(RequestState state) => state is RequestState.Draft or RequestState.ReturnedForChanges or RequestState.AwaitingApproval;

    /// <summary>Opens the request (a submission needing no approval, or an approval): due by its urgency from now.</summary>
    public static void Open(CareRequest request, RequestAction action, string by, DateTimeOffset now, string? note)
    {
        Apply(request, action, RequestState.Open, by, now, note);
        request.OpenedAt = now;
        request.DueAt = now + UrgencyWindows.Of(request.Urgency);
    }

    /// <summary>Moves the request and records who, when and why; throws when the move is not in the table.</summary>
    public static RequestTransition Apply(CareRequest request, RequestAction action, RequestState to, string? byUserId, DateTimeOffset at, string? note)
    {
        if (!Allows(request.State, action, to))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Transition not allowed",
                $"A request that is {request.State.Phrase()} cannot be {action.Phrase()}.");
        }

        // Every move's note, from a page or the API (an approval, a close, a pause …), fits its column and is plain text.
        if (note is not null && (note.Length > NoteInput.Length || !PlainTextAttribute.IsPlain(note, lines: true)))
        {
            throw RefusedException.Invalid("note", note.Length > NoteInput.Length ? NoteInput.LengthMessage : PlainTextAttribute.Message("the note"));
        }

        var transition = new RequestTransition
        {
            CareRequestId = request.Id,
            From = request.State,
            Action = action,
            To = to,
            ByUserId = byUserId,
            At = at,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        request.State = to;
        request.History.Add(transition);
        return transition;
    }
}

/// <summary>One row of a request's history.</summary>
public sealed class RequestTransition
{
    public long Id { get; set; }

    public int CareRequestId { get; set; }

    public RequestState From { get; set; }

    public RequestAction Action { get; set; }

    public RequestState To { get; set; }

    /// <summary>None when the platform itself moved it (expiry).</summary>
    public string? ByUserId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Note { get; set; }
}

internal sealed class RequestTransitionConfiguration : IEntityTypeConfiguration<RequestTransition>
{
    public void Configure(EntityTypeBuilder<RequestTransition> builder)
    {
        builder.Property(t => t.Note).HasMaxLength(NoteInput.Length);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

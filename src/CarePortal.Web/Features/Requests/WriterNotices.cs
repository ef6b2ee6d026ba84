using CarePortal.Review;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// Tells a request's writer that an approver returned or denied it, by email and in their notice list, in the decision's save.
/// The approver's note goes with it unless the reviewer finds a name or contact details in it: then the email says where to read it.
/// </summary>
public sealed class WriterNotices(Outbox outbox, DescriptionReview review)
{
    public const string NoteKeptInCarePortal = "The note may hold private details, so it is not in this email: open the request in CarePortal to read it.";

    public Task DecidedAsync(CareRequest request, Decision decision, string note, CancellationToken cancellationToken)
    {
        var shown = NoteForEmail(note, request.Need);
        Email email = decision switch
        {
            Decision.Return => new RequestReturnedEmail(request.Id, request.Need, shown),
            Decision.Deny => new RequestDeniedEmail(request.Id, request.Need, shown),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "An approval is told by the opening (the churches it reached)."),
        };
        return outbox.ToPersonAsync(request.CaseworkerId, email, request.Id, cancellationToken);
    }

    private string NoteForEmail(string note, string need) =>
        review.Review(note, need).Findings.Any(f => f.Practice == Practice.Confidentiality) ? NoteKeptInCarePortal : note.Trim();
}

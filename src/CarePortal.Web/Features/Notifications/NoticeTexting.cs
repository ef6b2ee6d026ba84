using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications.Emails;

namespace CarePortal.Web.Features.Notifications;

/// <summary>
/// How the outbox hears who also takes their notices by text message, a seam this feature owns (the Texts feature answers
/// it): looked up with the addressees, in one query for many people, so a batch of routed requests costs no query per person.
/// </summary>
public interface INoticeTexts
{
    /// <summary>The people of these who take texts now, each with what their texts need.</summary>
    Task<IReadOnlyDictionary<string, ITextRecipient>> RecipientsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}

/// <summary>One person who takes texts: queues the text of a notice, if its kind is texted and their day's cap allows.</summary>
public interface ITextRecipient
{
    /// <summary>Adds the text to the context (<paramref name="into"/> null) or to the caller's rows for its bulk write.</summary>
    void Queue(Email email, int? requestId, NewRows? into);
}

/// <summary>No texts (an app without the Texts feature).</summary>
public sealed class NoNoticeTexts : INoticeTexts
{
    public Task<IReadOnlyDictionary<string, ITextRecipient>> RecipientsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, ITextRecipient>>(new Dictionary<string, ITextRecipient>());
}

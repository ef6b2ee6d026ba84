using CarePortal.Web.Data;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// Adds text messages to the context without saving: the caller's own SaveChanges writes them in the same transaction as the
/// change that causes them, so a crash loses neither or both (as <c>Notifications.Outbox</c> does for emails).
/// </summary>
public sealed class TextOutbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>Ten segments of a GSM text; a longer message is a mistake, not a text.</summary>
    public const int MaxBodyLength = 1600;

    /// <summary>Queues <paramref name="body"/> to <paramref name="to"/>, a number in E.164 (<see cref="MobileNumbers"/>).</summary>
    public TextMessage Queue(string kind, string to, string body, int? requestId)
    {
        var row = Row(kind, to, body, requestId, null);
        db.TextMessages.Add(row);
        return row;
    }

    /// <summary>The row alone, for a caller's bulk write (<c>Data.NewRows</c>); held until <paramref name="notBefore"/> if given.</summary>
    public TextMessage Row(string kind, string to, string body, int? requestId, DateTimeOffset? notBefore)
    {
        if (!to.StartsWith('+') || to.Length > MobileNumbers.MaxE164Length)
        {
            throw new ArgumentException("Only numbers in E.164 are queued: read them with MobileNumbers.Parse.", nameof(to));
        }

        if (body.Length > MaxBodyLength)
        {
            throw new ArgumentException($"A text is at most {MaxBodyLength} characters.", nameof(body));
        }

        return new TextMessage { Kind = kind, To = to, Body = body, CareRequestId = requestId, CreatedAt = clock.GetUtcNow(), NextAttemptAt = notBefore };
    }
}

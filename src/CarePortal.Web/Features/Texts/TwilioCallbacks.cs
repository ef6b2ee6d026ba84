using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Twilio.Security;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// Twilio's delivery reports: it posts each message's status to the address given when sending, signed with the account's auth
/// token (<c>X-Twilio-Signature</c> over that address and the posted fields). A post without a good signature changes nothing
/// (403); a report never takes a message back from delivered or failed to an earlier status.
/// </summary>
public static class TwilioCallbacks
{
    public const string StatusPath = "/texts/twilio/status";

    /// <summary>The status address Twilio is given: the site's public address, as Twilio signs it.</summary>
    public static Uri StatusUrl(MailOptions mail) => new(new Uri(mail.SiteUrl), StatusPath);

    private static readonly string[] Final = ["delivered", "undelivered", "failed"];

    public static IEndpointRouteBuilder MapTwilioCallbacks(this IEndpointRouteBuilder app)
    {
        app.MapPost(StatusPath, StatusAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, AppDbContext db, IOptions<TextOptions> texts, IOptions<MailOptions> mail, TimeProvider clock,
        CancellationToken ct)
    {
        var form = await SignedFormAsync(request, StatusUrl(mail.Value).ToString(), texts.Value, ct);
        if (form is null)
        {
            return TypedResults.Problem("The request is not signed by the text-message provider.", statusCode: StatusCodes.Status403Forbidden);
        }

        var sid = form.GetValueOrDefault("MessageSid");
        var status = form.GetValueOrDefault("MessageStatus");
        if (string.IsNullOrEmpty(sid) || string.IsNullOrEmpty(status) || status.Length > 20)
        {
            return TypedResults.Problem("A delivery report names its message (MessageSid) and its status (MessageStatus).", statusCode: StatusCodes.Status400BadRequest);
        }

        var error = form.GetValueOrDefault("ErrorCode") is { Length: > 0 and <= 10 } code ? $"Twilio {code}" : null;
        await db.TextMessages.Where(t => t.ProviderId == sid && (t.Delivery == null || !Final.Contains(t.Delivery)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Delivery, status)
                .SetProperty(t => t.DeliveryAt, clock.GetUtcNow())
                .SetProperty(t => t.LastError, t => error ?? t.LastError), ct);
        return TypedResults.NoContent();
    }

    /// <summary>The posted fields when Twilio signed them for <paramref name="url"/>; null otherwise (or when texts go to no provider).</summary>
    internal static async Task<Dictionary<string, string>?> SignedFormAsync(HttpRequest request, string url, TextOptions texts, CancellationToken ct)
    {
        if (texts.Delivery != TextDelivery.Twilio || string.IsNullOrEmpty(texts.Twilio.AuthToken)
            || request.Headers["X-Twilio-Signature"].ToString() is not { Length: > 0 and < 200 } signature || !request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(ct);
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        return new RequestValidator(texts.Twilio.AuthToken).Validate(url, fields, signature) ? fields : null;
    }
}

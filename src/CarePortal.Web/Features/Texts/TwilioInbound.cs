using System.Security;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Texts;

/// <summary>
/// Twilio's inbound-message webhook: a text from a phone, posted as a form (<c>From</c>, <c>Body</c>, <c>MessageSid</c>) and
/// believed only with a good <c>X-Twilio-Signature</c> over the public address (403 otherwise). STOP and its synonyms stop texts
/// to that number, START starts them again, HELP is answered with a short help text (TwiML). Each message is acted on once,
/// by its <c>MessageSid</c>: a retried or replayed post changes nothing more and answers nothing.
/// </summary>
public static class TwilioInbound
{
    public const string Path = "/texts/twilio/inbound";

    public static Uri Url(MailOptions mail) => new(new Uri(mail.SiteUrl), Path);

    public static IEndpointRouteBuilder MapTwilioInbound(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, AppDbContext db, IOptions<TextOptions> texts, IOptions<MailOptions> mail,
        IStringLocalizer<NoticeText> words, TimeProvider clock, CancellationToken ct)
    {
        var settings = texts.Value;
        var form = await TwilioCallbacks.SignedFormAsync(request, Url(mail.Value).ToString(), settings, ct);
        if (form is null)
        {
            return TypedResults.Problem("The request is not signed by the text-message provider.", statusCode: StatusCodes.Status403Forbidden);
        }

        var sid = form.GetValueOrDefault("MessageSid");
        var (from, _) = MobileNumbers.Parse(form.GetValueOrDefault("From"), settings.HomeRegion);
        if (sid is not { Length: > 0 and <= 64 } || from is null)
        {
            return TypedResults.Problem("An inbound message names itself (MessageSid) and its sender (From).", statusCode: StatusCodes.Status400BadRequest);
        }

        var command = CommandOf(form.GetValueOrDefault("Body"), settings);
        var now = clock.GetUtcNow();
        var acted = await db.InTransactionAsync(async (transaction, token) =>
        {
            if (await db.Set<InboundText>().AnyAsync(t => t.ProviderId == sid, token))
            {
                return false;
            }

            var row = new InboundText { ProviderId = sid, From = from, Command = command, At = now };
            db.Add(row);
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException)
            {
                // The same message posted twice at once: the other post acts on it.
                db.Entry(row).State = EntityState.Detached;
                return false;
            }

            var people = db.Set<TextSubscription>().Where(s => s.Phone == from);
            if (command == "stop")
            {
                await people.Where(s => s.StoppedAt == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.StoppedAt, now), token);
                // Texts queued for the number and not yet sent are not sent.
                await db.TextMessages.Where(t => t.To == from && t.Status == TextStatus.Pending).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TextStatus.Failed).SetProperty(t => t.Body, (string?)null).SetProperty(t => t.LastError, "stopped"), token);
            }
            else if (command == "start")
            {
                await people.ExecuteUpdateAsync(s => s.SetProperty(p => p.StoppedAt, (DateTimeOffset?)null), token);
            }

            await transaction.CommitAsync(token);
            return true;
        }, ct);

        if (!acted || command != "help")
        {
            return Reply(null);
        }

        var language = await db.Set<TextSubscription>().Where(s => s.Phone == from).Select(p => p.Language).FirstOrDefaultAsync(ct) ?? "en";
        var site = mail.Value.SiteUrl.TrimEnd('/') + "/Texts/Settings";
        return Reply(NoticeTexts.In(language, () =>
            words["CarePortal: notices for the people who help families. Reply STOP to stop these texts, START to start them again. Your settings: {0}", site].Value));
    }

    /// <summary>What a message asks, by its first word (Twilio reads its keywords the same way, whatever their case).</summary>
    public static string CommandOf(string? body, TextOptions settings)
    {
        var word = (body ?? "").Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('.', '!').ToUpperInvariant() ?? "";
        return settings.StopWords.Contains(word) ? "stop" : settings.StartWords.Contains(word) ? "start" : settings.HelpWords.Contains(word) ? "help" : "other";
    }

    /// <summary>TwiML: an empty answer, or one message back to the sender.</summary>
    private static IResult Reply(string? message) => Results.Text(
        message is null ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"
            : $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{SecurityElement.Escape(message)}</Message></Response>",
        "application/xml");
}

using System.Globalization;
using System.Net;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The family's message with their link, in their language: a short text message, or an email with no account behind it
/// (no preferences link: the family has none). Queued in the caller's save, never sent from here.
/// </summary>
public sealed class FamilyMessages(AppDbContext db, TextOutbox texts, Outbox mail, IStringLocalizer<FamilyText> words, IOptions<MailOptions> site)
{
    public const string Kind = "family-ask";

    public async Task QueueAsync(CareRequest request, FamilyContact contact, FamilyAsk ask, string token, CancellationToken ct)
    {
        var agency = await db.Organisations.Where(o => o.Id == request.AgencyId).Select(o => new { o.Name, o.TimeZone }).SingleAsync(ct);
        var link = site.Value.SiteUrl.TrimEnd('/') + FamilyLinks.PathFor(token, ask.Language);
        var until = TimeZoneInfo.ConvertTime(ask.ExpiresAt, AgencyTimeZone.Of(agency.TimeZone));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ask.Language);
        try
        {
            // The app runs without culture data (invariant globalization): the month's name is translated like any word.
            var day = words["{0} {1}", words[until.ToString("MMMM", CultureInfo.InvariantCulture)].Value, until.Day].Value;
            if (contact.Phone is { } phone)
            {
                texts.Queue(Kind, phone, words["{0}: did the help arrive, and how was it? Tell us here (once, until {1}): {2}", agency.Name, day, link], request.Id);
                return;
            }

            var subject = words["How was the help your family received?"];
            var lines = new[]
            {
                words["Hello,"].Value,
                words["{0} asked a church near you to help your family. Did the help arrive, and how was it? Your caseworker would like to know.", agency.Name].Value,
                words["It takes two minutes. The link works once, until {0}.", day].Value,
            };
            var answer = words["Tell us how it was"].Value;
            var text = string.Join("\n\n", lines) + $"\n\n{answer}: {link}\n";
            var html = "<!DOCTYPE html><html lang=\"" + ask.Language + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body style=\"font-family:sans-serif;font-size:16px;line-height:1.5;\">"
                + string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>"))
                + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(answer)}</a></p></body></html>";
            mail.ToAddress(Kind, contact.Email!, new Notifications.Emails.RenderedEmail(subject, html, text), request.Id);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

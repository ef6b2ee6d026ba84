using System.Net;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Texts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>
/// STOP, START and HELP from a phone, through Twilio's inbound-message webhook: believed only when signed as Twilio signs with
/// the auth token over the public address; each message (by its MessageSid) acted on once.
/// </summary>
public abstract class TwilioInboundTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string SiteUrl = "https://careportal.example.org";
    private const string Url = SiteUrl + "/texts/twilio/inbound";

    [Fact]
    public async Task A_forged_post_is_refused_and_a_signed_stop_stops_texts_until_start_while_a_replayed_stop_is_acted_on_once()
    {
        await using var twilio = TwilioApp();
        using var http = twilio.CreateClient();
        var (userId, phone) = await TextingPersonAsync(DemoPeople.Responder, "+16155550181");

        var forged = await PostAsync(http, Inbound("SM-forged-1", phone, "STOP"), signature: TwilioStandIn.Sign(Url, Inbound("SM-forged-1", phone, "STOP"), "not-the-token"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        var unsigned = await PostAsync(http, Inbound("SM-forged-2", phone, "STOP"), signature: "");
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.Status);
        var elsewhere = await PostAsync(http, Inbound("SM-forged-3", phone, "STOP"), signature: TwilioStandIn.Sign(SiteUrl + "/texts/twilio/status", Inbound("SM-forged-3", phone, "STOP")));
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.Status);
        Assert.True(await TextingAsync(userId));

        var stopSid = "SM" + Guid.NewGuid().ToString("N");
        var stop = await PostAsync(http, Inbound(stopSid, phone, "Stop"));
        Assert.Equal((HttpStatusCode.OK, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"), (stop.Status, stop.Body));
        Assert.False(await TextingAsync(userId));
        await TellAsync(userId);
        Assert.False(await app.QueryAsync(db => db.TextMessages.AnyAsync(t => t.To == phone && t.Kind == "request-message")), "no text after STOP");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Inbound("SM" + Guid.NewGuid().ToString("N"), phone, "START"))).Status);
        Assert.True(await TextingAsync(userId));

        var replayed = await PostAsync(http, Inbound(stopSid, phone, "Stop"));
        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.True(await TextingAsync(userId), "the replayed STOP was acted on once, before START");
        Assert.Equal(1, await app.QueryAsync(db => db.Set<InboundText>().CountAsync(t => t.ProviderId == stopSid)));
        await TellAsync(userId);
        Assert.True(await app.QueryAsync(db => db.TextMessages.AnyAsync(t => t.To == phone && t.Kind == "request-message")));
    }

    [Theory]
    [InlineData("STOPALL")]
    [InlineData("unsubscribe")]
    [InlineData("Cancel")]
    [InlineData("end")]
    [InlineData("QUIT please")]
    public async Task Each_of_twilios_opt_out_words_stops_texts(string word)
    {
        await using var twilio = TwilioApp();
        using var http = twilio.CreateClient();
        var (userId, phone) = await TextingPersonAsync(DemoPeople.TeamLeader, "+16155550182");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Inbound("SM" + Guid.NewGuid().ToString("N"), phone, word))).Status);

        Assert.False(await TextingAsync(userId));
    }

    [Fact]
    public async Task Help_is_answered_in_the_persons_language_once_per_message_and_other_words_change_nothing()
    {
        await using var twilio = TwilioApp();
        using var http = twilio.CreateClient();
        var (userId, phone) = await TextingPersonAsync(DemoPeople.PointPerson, "+16155550183", "es");

        var sid = "SM" + Guid.NewGuid().ToString("N");
        var help = await PostAsync(http, Inbound(sid, phone, " help "));
        Assert.Equal(HttpStatusCode.OK, help.Status);
        Assert.Contains("<Response><Message>CarePortal: avisos para quienes ayudan a las familias. Responda STOP", help.Body, StringComparison.Ordinal);
        Assert.Contains($"{SiteUrl}/Texts/Settings</Message></Response>", help.Body, StringComparison.Ordinal);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", (await PostAsync(http, Inbound(sid, phone, " help "))).Body);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Inbound("SM" + Guid.NewGuid().ToString("N"), phone, "Thanks, see you Sunday"))).Status);
        Assert.True(await TextingAsync(userId));
    }

    /// <summary>The app as production runs it behind Twilio (same database): its webhook checks Twilio's signature.</summary>
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> TwilioApp() => app.WithWebHostBuilder(b => b
        .UseSetting("Mail:SiteUrl", SiteUrl)
        .UseSetting("Texts:Delivery", "Twilio")
        .UseSetting("Texts:Twilio:AccountSid", TwilioStandIn.AccountSid)
        .UseSetting("Texts:Twilio:AuthToken", TwilioStandIn.AuthToken)
        .UseSetting("Texts:Twilio:From", TwilioStandIn.From)
        .UseSetting("Texts:LinkKey", TwilioStandIn.LinkKey));

    private static Dictionary<string, string> Inbound(string sid, string from, string body) => new()
    {
        ["AccountSid"] = TwilioStandIn.AccountSid,
        ["MessageSid"] = sid,
        ["SmsMessageSid"] = sid,
        ["From"] = from,
        ["To"] = TwilioStandIn.From,
        ["Body"] = body,
        ["NumMedia"] = "0",
    };

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient http, Dictionary<string, string> fields, string? signature = null)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/texts/twilio/inbound") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.TryAddWithoutValidation("X-Twilio-Signature", signature ?? TwilioStandIn.Sign(Url, fields));
        using var response = await http.SendAsync(post);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A demo person with a verified number that takes texts (as after the settings page's code).</summary>
    private async Task<(string UserId, string Phone)> TextingPersonAsync(string email, string phone, string language = "en")
    {
        var userId = await app.UserIdAsync(email);
        await app.QueryAsync(async db =>
        {
            await db.Set<TextSubscription>().Where(s => s.UserId == userId || s.Phone == phone).ExecuteDeleteAsync();
            db.Add(new TextSubscription { UserId = userId, Phone = phone, VerifiedAt = app.Clock.GetUtcNow(), On = true, Language = language, TimeZone = "UTC" });
            return await db.SaveChangesAsync();
        });
        return (userId, phone);
    }

    private Task<bool> TextingAsync(string userId) =>
        app.QueryAsync(db => db.Set<TextSubscription>().AnyAsync(s => s.UserId == userId && s.On && s.StoppedAt == null && s.VerifiedAt != null));

    private async Task TellAsync(string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Outbox>().ToPersonAsync(userId, new RequestMessageEmail(4100, "A caseworker"), null, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<CarePortal.Web.Data.AppDbContext>().SaveChangesAsync();
    }
}

public sealed class TwilioInboundTests_Sqlite(SqliteApp app) : TwilioInboundTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TwilioInboundTests_Postgres(PostgresApp app) : TwilioInboundTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Texts;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>
/// A church person chooses texts: a number proved by a texted code, then new requests nearby (and messages, responses,
/// reminders) by text as well as by email, in their language, with a short signed link; quiet hours hold texts, a daily cap
/// stops them (never the email). Over real HTTP through the app, the texts read from the pickup folder.
/// </summary>
public abstract class TextSubscriptionTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_pastor_verifies_a_number_by_a_texted_code_and_then_hears_of_a_new_request_nearby_by_text_in_spanish_and_by_email()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        Assert.Contains("href=\"/Texts/Settings\"", await pastor.GetStringAsync("/Notifications/Preferences"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await TextsClient.AskCodeAsync(pastor, "(615) 555-0171", "es")).StatusCode);
        var codeText = await TextsClient.LastTextAsync(app, "+16155550171", TextCodes.Kind);
        Assert.Contains("CarePortal: su código es", codeText, StringComparison.Ordinal);
        var code = TextsClient.CodeIn(codeText);
        var pastorId = await app.UserIdAsync(church.PointPerson);
        var kept = await app.QueryAsync(db => db.Set<TextSubscription>().AsNoTracking().SingleAsync(s => s.UserId == pastorId));
        Assert.Equal(("+16155550171", (string?)null), (kept.PendingPhone, kept.Phone));
        Assert.DoesNotContain(code, kept.CodeHash, StringComparison.Ordinal);
        // Nothing but the code is texted until the code comes back.
        var early = (await churches.OpenAsync("37402", radius: 2, churches: 1)).Request;
        Assert.False(await app.QueryAsync(db => db.TextMessages.AnyAsync(t => t.CareRequestId == early.Id)));

        var wrong = await TextsClient.VerifyAsync(pastor, code == "000000" ? "111111" : "000000");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("That is not the code we sent to (615) 555-0171. 4 tries left.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await TextsClient.VerifyAsync(pastor, code);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var page = await pastor.GetStringAsync(TextsClient.Page);
        Assert.Contains("Texts are on, to (615) 555-0171.", page, StringComparison.Ordinal);

        var request = (await churches.OpenAsync("37402", radius: 2, churches: 1)).Request;

        var text = await TextsClient.LastTextAsync(app, "+16155550171", "request-routed");
        Assert.Contains("CarePortal: una nueva necesidad de ropa cerca de usted", text, StringComparison.Ordinal);
        var link = TextsClient.LinkIn(text);
        Assert.EndsWith($"/Churches/Request/{request.Id}", link, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.RecipientId == pastorId
            && n.Kind == "request-routed" && n.Status == NotificationStatus.Pending)), "the email goes as ever");

        using var phone = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var opened = await phone.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/Churches/Request/{request.Id}", opened.Headers.Location!.OriginalString);
        var forged = link.Replace($"/Churches/Request/{request.Id}", $"/Churches/Request/{request.Id + 1}", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task A_code_works_until_it_expires_and_for_five_tries_only()
    {
        var (person, _) = await PastorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await TextsClient.AskCodeAsync(person, "615-555-0172")).StatusCode);
        var code = TextsClient.CodeIn(await TextsClient.LastTextAsync(app, "+16155550172", TextCodes.Kind));
        var tooSoon = await TextsClient.AskCodeAsync(person, "615-555-0172");
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await TextsClient.VerifyAsync(person, code == "123456" ? "654321" : "123456")).StatusCode);
        }

        var spent = await TextsClient.VerifyAsync(person, code);
        Assert.Equal(HttpStatusCode.BadRequest, spent.StatusCode);
        Assert.Contains("Too many wrong codes: ask for a new one.", await spent.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await TextsClient.AskCodeAsync(person, "615-555-0172")).StatusCode);
        code = TextsClient.CodeIn(await TextsClient.LastTextAsync(app, "+16155550172", TextCodes.Kind));
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await TextsClient.VerifyAsync(person, code);
        Assert.Contains("This code has expired: ask for a new one.", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Texts are off: no number verified yet.", await person.GetStringAsync(TextsClient.Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_due_in_quiet_hours_waits_until_they_end_and_past_the_days_cap_only_the_email_goes()
    {
        var (person, userId) = await PastorAsync();
        await TextsClient.VerifiedAsync(app, person, "615-555-0173");
        var zone = AgencyTimeZone.Of(await app.QueryAsync(db => db.Set<TextSubscription>().Where(s => s.UserId == userId).Select(s => s.TimeZone).SingleAsync()));
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), zone);
        var from = TimeOnly.FromDateTime(local.DateTime).AddHours(-1);
        var until = TimeOnly.FromDateTime(local.DateTime).AddHours(2);
        var saved = await TextsClient.SaveAsync(person, on: true, "en", from.ToString("HH:mm", null), until.ToString("HH:mm", null));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await TellAsync(userId, 1);
        var held = await app.QueryAsync(db => db.TextMessages.AsNoTracking().Where(t => t.To == "+16155550173" && t.Kind == "request-message").SingleAsync());
        var end = held.NextAttemptAt!.Value;
        Assert.Equal(until.ToString("HH:mm", null), TimeZoneInfo.ConvertTime(end, zone).ToString("HH:mm", null));
        await TextsClient.SendDueAsync(app);
        Assert.Equal(TextStatus.Pending, await app.QueryAsync(db => db.TextMessages.Where(t => t.Id == held.Id).Select(t => t.Status).SingleAsync()));
        app.Clock.Advance(end - app.Clock.GetUtcNow());
        await TextsClient.SendDueAsync(app);
        Assert.Equal(TextStatus.Sent, await app.QueryAsync(db => db.TextMessages.Where(t => t.Id == held.Id).Select(t => t.Status).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await TextsClient.SaveAsync(person, on: true, "en", "", "")).StatusCode);
        await TellAsync(userId, 12);
        Assert.Equal(10, await app.QueryAsync(db => db.TextMessages.CountAsync(t => t.To == "+16155550173" && t.Kind == "request-message")));
        Assert.Equal(13, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.RecipientId == userId && n.Kind == "request-message")));

        // Noon of the person's next day (outside the quiet hours other tests start with).
        var tomorrow = QuietHours.DayStart(app.Clock.GetUtcNow(), zone).AddDays(1).AddHours(12);
        app.Clock.Advance(tomorrow - app.Clock.GetUtcNow());
        await TellAsync(userId, 1);
        Assert.Equal(11, await app.QueryAsync(db => db.TextMessages.CountAsync(t => t.To == "+16155550173" && t.Kind == "request-message")));
    }

    [Fact]
    public async Task Texts_off_or_in_another_language_are_the_persons_choice_and_a_bad_time_is_refused_beside_its_field()
    {
        var (person, userId) = await PastorAsync();
        await TextsClient.VerifiedAsync(app, person, "615-555-0174", "es");

        var bad = await TextsClient.SaveAsync(person, on: true, "en", "9pm", "08:00");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Write a time of day such as 21:00.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TextsClient.SaveAsync(person, on: true, "en", "", "")).StatusCode);
        await TellAsync(userId, 1);
        Assert.Contains("CarePortal: a new message on request #", await TextsClient.LastTextAsync(app, "+16155550174", "request-message"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await TextsClient.SaveAsync(person, on: false, "en", "", "")).StatusCode);
        var before = await app.QueryAsync(db => db.TextMessages.CountAsync(t => t.To == "+16155550174"));
        await TellAsync(userId, 1);
        Assert.Equal(before, await app.QueryAsync(db => db.TextMessages.CountAsync(t => t.To == "+16155550174")));
        Assert.Contains("Texts are off; your number (615) 555-0174 is kept.", await person.GetStringAsync(TextsClient.Page), StringComparison.Ordinal);
    }

    /// <summary>A new church's point person, signed in.</summary>
    private async Task<(HttpClient Person, string UserId)> PastorAsync()
    {
        var church = await churches.OnboardAsync("37402");
        return (await ChurchPeople.SignedInAsync(app, church.PointPerson), await app.UserIdAsync(church.PointPerson));
    }

    /// <summary>Tells the person of a message on a request, <paramref name="times"/> times, as the app's outbox does.</summary>
    private async Task TellAsync(string userId, int times)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        for (var i = 0; i < times; i++)
        {
            await outbox.ToPersonAsync(userId, new RequestMessageEmail(4000 + i, "A caseworker"), null, CancellationToken.None);
        }

        await scope.ServiceProvider.GetRequiredService<CarePortal.Web.Data.AppDbContext>().SaveChangesAsync();
    }
}

public sealed class TextSubscriptionTests_Sqlite(SqliteApp app) : TextSubscriptionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TextSubscriptionTests_Postgres(PostgresApp app) : TextSubscriptionTests<PostgresApp>(app), IClassFixture<PostgresApp>;

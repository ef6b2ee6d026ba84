using System.Net;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Family;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Texts;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Family;

/// <summary>The family confirms and rates the help through a one-time link, over real HTTP through the app's pipeline.</summary>
public abstract class FamilyVoiceTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_caseworker_texts_the_family_a_Spanish_link_and_the_family_answers_once_without_signing_in()
    {
        var id = await FamilyClient.ClosedRequestAsync(app);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var asked = await FamilyClient.AskAsync(caseworker, id, "text", phone: "(615) 555-0143", language: "es");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal($"/Requests/Details/{id}#family", asked.Headers.Location!.OriginalString);
        var contact = await app.QueryAsync(db => db.Set<FamilyContact>().AsNoTracking().SingleAsync(c => c.CareRequestId == id));
        Assert.Equal(("+16155550143", (string?)null, "es"), (contact.Phone, contact.Email, contact.Language));
        var (text, token) = await FamilyClient.TextedTokenAsync(app, id);
        Assert.StartsWith("To: +16155550143\n", text, StringComparison.Ordinal);
        Assert.Contains("¿llegó la ayuda y cómo fue?", text, StringComparison.Ordinal);
        Assert.Contains($"/Family/Answer?culture=es#{token}", text, StringComparison.Ordinal);

        using var family = FamilyClient.Family(app);
        var first = await family.GetStringAsync("/Family/Answer?culture=es");
        Assert.Contains("Abrir mi enlace", System.Net.WebUtility.HtmlDecode(first), StringComparison.Ordinal);
        var opened = await FamilyClient.OpenAsync(family, token, "es");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
        // Razor writes every letter outside ASCII as an entity: the page is read as a browser shows it.
        var page = System.Net.WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("¿Llegó la ayuda?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Did the help arrive?", page, StringComparison.Ordinal);

        var answered = await FamilyClient.AnswerAsync(family, "es", arrived: "yes", rating: "4", comment: "Muy amables, gracias.", thank: true);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Gracias. Su trabajador social ya tiene sus respuestas", System.Net.WebUtility.HtmlDecode(await family.GetStringAsync("/Family/Answer?culture=es")), StringComparison.Ordinal);
        var answer = await app.QueryAsync(db => db.Set<FamilyAnswer>().AsNoTracking().SingleAsync(a => a.CareRequestId == id));
        Assert.Equal(("yes", 4, "Muy amables, gracias.", true, true), (answer.Arrived, answer.Rating, answer.Comment, answer.MeetAgain, answer.ThankChurch));

        var again = await family.GetAsync("/Family/Answer?culture=es");
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("Usted ya respondió. Gracias.", System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CarePortal.Web.Features.Churches.IFamilyThanks>().SaidThankYouAsync(id, CancellationToken.None));
        }

        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var reports = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/Reports"));
        Assert.Contains("The family's say", reports, StringComparison.Ordinal);
        Assert.Contains("Ratings: the caseworker's and the family's", reports, StringComparison.Ordinal);
        var csv = await admin.GetStringAsync("/api/reports/csv/family");
        Assert.Contains("Answered,", csv, StringComparison.Ordinal);
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        Assert.DoesNotContain("The family's say", System.Net.WebUtility.HtmlDecode(await pastor.GetStringAsync("/Reports")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pastor.GetAsync("/api/reports/csv/family")).StatusCode);

        var details = await caseworker.GetStringAsync($"/Requests/Details/{id}");
        Assert.Contains("rated 4 of 5", details, StringComparison.Ordinal);
        Assert.Contains("Muy amables, gracias.", System.Net.WebUtility.HtmlDecode(details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_link_posted_twice_saves_one_answer_and_the_second_is_told_it_was_used()
    {
        var id = await FamilyClient.ClosedRequestAsync(app);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(caseworker, id, "text", phone: "+52 55 1234 5678", language: "en")).StatusCode);
        var (_, token) = await FamilyClient.TextedTokenAsync(app, id);
        using var family = FamilyClient.Family(app);
        var form = await (await FamilyClient.OpenAsync(family, token, "en")).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenIn(form), ["Input.Arrived"] = "partly", ["Input.Rating"] = "3", ["Input.MeetAgain"] = "false",
        };

        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => family.PostAsync("/Family/Answer?culture=en", new FormUrlEncodedContent(fields))));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Gone], posts.Select(p => p.StatusCode).Order());
        Assert.Contains("You have answered already.", System.Net.WebUtility.HtmlDecode(await posts.Single(p => p.StatusCode == HttpStatusCode.Gone).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FamilyAnswer>().CountAsync(a => a.CareRequestId == id)));
    }

    [Fact]
    public async Task A_forged_link_and_an_expired_link_open_a_page_that_says_so_and_save_nothing()
    {
        using var forger = FamilyClient.Family(app);
        var forged = await FamilyClient.OpenAsync(forger, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "en");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("This link is not valid.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = await FamilyClient.ClosedRequestAsync(app);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(caseworker, id, "text", phone: "615-555-0148", language: "es")).StatusCode);
        var (_, token) = await FamilyClient.TextedTokenAsync(app, id);
        app.Clock.Advance(TimeSpan.FromDays(14));
        using var family = FamilyClient.Family(app);
        var expired = await FamilyClient.OpenAsync(family, token, "es");
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Este enlace ha vencido.", System.Net.WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<FamilyAnswer>().CountAsync(a => a.CareRequestId == id)));
    }

    [Fact]
    public async Task Asking_without_consent_or_with_a_bad_number_is_refused_beside_the_field_and_sends_nothing()
    {
        var id = await FamilyClient.ClosedRequestAsync(app);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var noConsent = await FamilyClient.AskAsync(caseworker, id, "text", phone: "(615) 555-0143", consent: false);
        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        Assert.Contains("tick this only if they agreed to be asked", System.Net.WebUtility.HtmlDecode(await noConsent.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var badNumber = await FamilyClient.AskAsync(caseworker, id, "text", phone: "call me");
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Contains(MobileNumbers.Refusal, System.Net.WebUtility.HtmlDecode(await badNumber.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("value=\"call me\"", await badNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badEmail = await FamilyClient.AskAsync(caseworker, id, "email", email: "not an address");
        Assert.Equal(HttpStatusCode.BadRequest, badEmail.StatusCode);

        Assert.Equal(0, await app.QueryAsync(db => db.TextMessages.CountAsync(t => t.CareRequestId == id)));
        Assert.Equal(0, await app.QueryAsync(db => db.Set<FamilyAsk>().CountAsync(a => a.CareRequestId == id)));
        Assert.False(await app.QueryAsync(db => db.Set<FamilyContact>().AnyAsync(c => c.CareRequestId == id)));
    }

    [Fact]
    public async Task The_family_is_asked_only_after_the_help_arrived_and_only_by_the_requests_agency_staff()
    {
        var draft = await FamilyClient.ClosedRequestAsync(app, RequestState.Open);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Assert.DoesNotContain("id=\"family-ask-form\"", await caseworker.GetStringAsync($"/Family/Ask/{draft}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await FamilyClient.AskAsync(caseworker, draft, "text", phone: "(615) 555-0143")).StatusCode);

        var id = await FamilyClient.ClosedRequestAsync(app);
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);
        Assert.Equal(HttpStatusCode.NotFound, (await pastor.GetAsync($"/Family/Ask/{id}")).StatusCode);
        var other = await Forms.SignedInAsync(app, DemoPeople.OtherCaseworker);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Family/Ask/{id}")).StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<FamilyAsk>().CountAsync(a => a.CareRequestId == id || a.CareRequestId == draft)));
    }

    [Fact]
    public async Task An_emailed_link_reaches_the_family_by_smtp_in_English_with_the_token_in_the_fragment_and_in_no_ones_notices()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var id = await FamilyClient.ClosedRequestAsync(app);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var address = $"family.{Guid.NewGuid():N}@example.com";

        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(caseworker, id, "email", email: address, language: "en")).StatusCode);

        var email = Assert.Single(await OutboxDrain.ToAsync(app, smtp, address));
        Assert.Equal("How was the help your family received?", email.Subject);
        var token = FamilyClient.TokenIn(email.TextBody!);
        Assert.Contains($"/Family/Answer?culture=en#{token}", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/Notifications/Preferences", email.HtmlBody, StringComparison.Ordinal);
        var row = await app.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.RecipientEmail == address));
        Assert.Equal(((string?)null, NotificationStatus.Sent, (string?)null), (row.RecipientId, row.Status, row.TextBody));
    }

    [Fact]
    public async Task Showing_the_familys_contact_is_recorded_and_it_is_erased_the_set_number_of_days_after_the_request_closed()
    {
        var id = await FamilyClient.ClosedRequestAsync(app);
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(caseworker, id, "text", phone: "615 555 0149")).StatusCode);
        var (_, token) = await FamilyClient.TextedTokenAsync(app, id);
        using var family = FamilyClient.Family(app);
        await FamilyClient.OpenAsync(family, token, "en");
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AnswerAsync(family, "en")).StatusCode);

        Assert.DoesNotContain("555-0149", await caseworker.GetStringAsync($"/Family/Ask/{id}"), StringComparison.Ordinal);
        Assert.Contains("(615) 555-0149", await caseworker.GetStringAsync($"/Family/Ask/{id}?handler=Contact"), StringComparison.Ordinal);
        var me = await app.UserIdAsync(DemoPeople.Caseworker);
        Assert.Equal(1, await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == id && r.UserId == me && r.What == "family-contact")));

        async Task<int> EraseAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<EraseFamilyContacts>().RunAsync(CancellationToken.None);
        }

        app.Clock.Advance(TimeSpan.FromDays(29));
        await EraseAsync();
        Assert.Equal("+16155550149", await app.QueryAsync(db => db.Set<FamilyContact>().Where(c => c.CareRequestId == id).Select(c => c.Phone).SingleAsync()));
        app.Clock.Advance(TimeSpan.FromDays(1));
        // The erasure job of the app may run first on the moved clock: either way the contact is gone.
        await EraseAsync();

        var contact = await app.QueryAsync(db => db.Set<FamilyContact>().AsNoTracking().SingleAsync(c => c.CareRequestId == id));
        Assert.Equal(((string?)null, (string?)null, app.Clock.GetUtcNow()), (contact.Phone, contact.Email, contact.ErasedAt));
        Assert.False(await app.QueryAsync(db => db.TextMessages.AnyAsync(t => t.CareRequestId == id)));
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FamilyAnswer>().CountAsync(a => a.CareRequestId == id)));
        // A month on, the sign-in has run out: sign in again.
        caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Assert.Contains("the family's contact was erased", System.Net.WebUtility.HtmlDecode(await caseworker.GetStringAsync($"/Family/Ask/{id}")), StringComparison.Ordinal);
    }
}

public sealed class FamilyVoiceTests_Sqlite(SqliteApp app) : FamilyVoiceTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class FamilyVoiceTests_Postgres(PostgresApp app) : FamilyVoiceTests<PostgresApp>(app), IClassFixture<PostgresApp>;

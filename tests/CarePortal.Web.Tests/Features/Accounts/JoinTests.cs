using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CarePortal.Web.Tests.Features.Accounts;

/// <summary>
/// The links emailed to an address (sent through a real SMTP server on loopback) and the page they open: an invited responder
/// or an applicant chooses a password once, within 7 days, with Identity's rules; forged, expired and used links are refused
/// and say what to do; the token travels in the fragment, never in a URL a server sees.
/// </summary>
public abstract class JoinTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_invitation_link_sets_a_password_once_with_the_identity_rules_and_makes_a_responder()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (email, churchId, link) = await InviteAsync(smtp);
        var browser = Anonymous();
        var length = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Identity.IdentityOptions>>().Value.Password.RequiredLength;

        var (opened, form) = await AccountLinkMail.OpenAsync(browser, link);
        var tooShort = await AccountLinkMail.FollowAsync(Anonymous(), link, "short-1");
        var differ = await AccountLinkMail.FollowAsync(Anonymous(), link, "Long-enough-1", "Long-enough-2");
        var common = await AccountLinkMail.FollowAsync(Anonymous(), link, "passwordpassword");
        Assert.False(await IsResponderAsync(email, churchId));
        var set = await AccountLinkMail.FollowAsync(browser, link, "Long-enough-1");
        var feed = await browser.GetAsync(new Uri($"/api/churches/{churchId}/requests", UriKind.Relative));
        var (reopened, reopenedPage) = await AccountLinkMail.OpenAsync(Anonymous(), link);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(email, form, StringComparison.Ordinal);
        Assert.Contains($"at least {length} characters", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains($"Passwords must be at least {length} characters.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        Assert.Contains("The two passwords differ", await differ.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.True(await IsResponderAsync(email, churchId));
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("already used", reopenedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, "Long-enough-1")).StatusCode);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_inviting_again_sends_a_fresh_one_while_a_forged_link_is_not_found()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (email, _, link) = await InviteAsync(smtp);
        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var (expired, expiredPage) = await AccountLinkMail.OpenAsync(Anonymous(), link);
        var (forged, forgedPage) = await AccountLinkMail.OpenAsync(Anonymous(), link[..^6] + "AAAAAA");
        var (none, _) = await AccountLinkMail.OpenAsync(Anonymous(), AccountLinks.PagePath);
        var (_, _, fresh) = await InviteAsync(smtp, email);
        var (again, againPage) = await AccountLinkMail.OpenAsync(Anonymous(), fresh);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This link has expired", expiredPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("This link is not valid", forgedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.NotEqual(link, fresh);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("This link", againPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_with_a_password_accepts_by_the_link_keeps_it_and_signs_in_as_usual()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var existing = (await churches.OnboardAsync("37402")).PointPerson;

        var (_, churchId, link) = await InviteAsync(smtp, existing);
        Assert.False(await IsResponderAsync(existing, churchId));
        var (_, page) = await AccountLinkMail.OpenAsync(Anonymous(), link);
        var accepted = await AccountLinkMail.FollowAsync(Anonymous(), link, "Never-typed-1");

        Assert.DoesNotContain("name=\"Password\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.True(await IsResponderAsync(existing, churchId));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(existing, ChurchPeople.Password)).StatusCode);
    }

    [Fact]
    public async Task An_applicant_signs_in_only_after_choosing_a_password_from_the_emailed_link()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var email = $"applicant.{Guid.NewGuid():N}@church.example";
        var applied = await Anonymous().PostAsJsonAsync("/api/churches/applications",
            new ChurchInput("Applying Church", "37403", null, ["food"], email, "Ann Applicant"), Json.Options);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var link = await LinkSentAsync(smtp, email, "applied to CarePortal");

        var before = await SignInAsync(email, "Applicant-pass-1");
        var confirmed = await AccountLinkMail.FollowAsync(Anonymous(), link, "Applicant-pass-1");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, "Applicant-pass-1")).StatusCode);
    }

    [Fact]
    public async Task The_owner_of_an_address_claimed_by_an_application_takes_the_onboarded_church_and_the_applicants_password_is_gone()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var victim = $"victim.{Guid.NewGuid():N}@church.example";
        await Anonymous().PostAsJsonAsync("/api/churches/applications", new { name = "Mallory's", zip = "37403", needs = new[] { "food" }, pointPersonEmail = victim, pointPersonName = "Mallory", password = "Mallory-pass-2026" }, Json.Options);
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var church = (await (await admin.PostAsJsonAsync("/api/churches", new ChurchInput("Vera's Church", "37402", null, ["bed"], victim, "Vera"), Json.Options))
            .Content.ReadFromJsonAsync<ChurchView>(Json.Options))!;

        var link = await LinkSentAsync(smtp, victim, "is on CarePortal");
        var taken = await AccountLinkMail.FollowAsync(Anonymous(), link, "Vera-own-pass-1");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var victimId = await app.UserIdAsync(victim);
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == victimId && m.OrganisationId == church.Id && m.Role == Roles.ChurchPointPerson)));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(victim, "Mallory-pass-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(victim, "Vera-own-pass-1")).StatusCode);
    }

    /// <summary>The point person of a new church invites this address on its members page; the link arrives by SMTP.</summary>
    private async Task<(string Email, int ChurchId, string Link)> InviteAsync(SmtpSink smtp, string? email = null)
    {
        email ??= $"invitee.{Guid.NewGuid():N}@church.example";
        var church = await churches.OnboardAsync("37402");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var members = $"/Churches/Settings/Members/{church.Id}";
        var invited = await Forms.PostAsync(pastor, members, $"{members}?handler=Invite",
            new Dictionary<string, string> { ["Name"] = "Ivy Invitee", ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        return (email, church.Id, await LinkSentAsync(smtp, email, "invited you to respond"));
    }

    /// <summary>Sends what the outbox holds through the SMTP server on loopback, as the background sender would; the newest link of that subject.</summary>
    private async Task<string> LinkSentAsync(SmtpSink smtp, string email, string subject)
    {
        bool Wanted(MimeKit.MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal);
        var before = smtp.Messages().Count(Wanted);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var options = Options.Create(new MailOptions
            {
                Delivery = MailDelivery.Smtp,
                Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = MailKit.Security.SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
            });
            var sender = new OutboxSender(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
                new MailTransportFactory(options, scope.ServiceProvider.GetRequiredService<DataPaths>()), options, app.Clock, NullLogger<OutboxSender>.Instance);
            while (await sender.SendDueAsync(CancellationToken.None) > 0)
            {
            }
        }

        var message = (await smtp.WaitForAsync(smtp.Messages().Count)).Last(Wanted);
        Assert.Equal(before + 1, smtp.Messages().Count(Wanted));
        Assert.DoesNotContain("?t=", message.HtmlBody ?? "", StringComparison.Ordinal);
        return AccountLinkMail.In(message.TextBody) ?? throw new InvalidOperationException(message.TextBody);
    }

    private async Task<bool> IsResponderAsync(string email, int churchId)
    {
        var id = await app.UserIdAsync(email);
        return await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == id && m.OrganisationId == churchId && m.Role == Roles.Responder));
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        Forms.PostAsync(Anonymous(), "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class JoinTests_Sqlite(SqliteApp app) : JoinTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class JoinTests_Postgres(PostgresApp app) : JoinTests<PostgresApp>(app), IClassFixture<PostgresApp>;

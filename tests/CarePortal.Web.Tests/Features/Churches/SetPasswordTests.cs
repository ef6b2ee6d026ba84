using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// An invited responder chooses a password from the link in the invitation, sent through a real SMTP server on loopback:
/// once, within 7 days, with Identity's password rules; forged, expired and used links are refused and say what to do.
/// </summary>
public abstract partial class SetPasswordTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_invitation_link_sets_a_password_once_with_the_identity_rules_and_signs_the_responder_in()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (email, link) = await InviteAsync(smtp);
        var anonymous = Anonymous();

        var length = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Identity.IdentityOptions>>().Value.Password.RequiredLength;
        var opened = await anonymous.GetAsync(new Uri(link, UriKind.Relative));
        var form = await opened.Content.ReadAsStringAsync();
        var tooShort = await PostAsync(anonymous, form, link, "short-1", "short-1");
        var differ = await PostAsync(anonymous, form, link, "Long-enough-1", "Long-enough-2");
        var set = await PostAsync(anonymous, form, link, "Long-enough-1", "Long-enough-1");
        var feed = await anonymous.GetAsync(new Uri("/Churches/Feed", UriKind.Relative));
        var reopened = await Anonymous().GetAsync(new Uri(link, UriKind.Relative));
        var reused = await Forms.PostAsync(Anonymous(), "/Accounts/Login", link,
            new Dictionary<string, string> { ["Password"] = "Another-pass-1", ["Confirm"] = "Another-pass-1" });

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(email, form, StringComparison.Ordinal);
        Assert.Contains($"at least {length} characters", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains($"Passwords must be at least {length} characters.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        Assert.Contains("The two passwords differ", await differ.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/Churches/Feed", set.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("already used", await reopened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        var signIn = await Forms.PostAsync(Anonymous(), "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Long-enough-1" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var badSignIn = await Forms.PostAsync(Anonymous(), "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Another-pass-1" });
        Assert.Equal(HttpStatusCode.OK, badSignIn.StatusCode);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_inviting_again_sends_a_fresh_one_while_a_forged_link_is_not_found()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (email, link) = await InviteAsync(smtp);
        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var expired = await Anonymous().GetAsync(new Uri(link, UriKind.Relative));
        var token = link[(link.IndexOf("t=", StringComparison.Ordinal) + 2)..];
        var forged = await Anonymous().GetAsync(new Uri($"/Churches/SetPassword?t={token[..^6]}AAAAAA", UriKind.Relative));
        var none = await Anonymous().GetAsync(new Uri("/Churches/SetPassword", UriKind.Relative));
        var (_, fresh) = await InviteAsync(smtp, email);
        var again = await Anonymous().GetAsync(new Uri(fresh, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("This link has expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("This link is not valid", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.NotEqual(link, fresh);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain("This link", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_has_a_password_is_invited_to_sign_in_without_a_link()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var existing = (await churches.OnboardAsync("37402")).PointPerson;
        await ChurchPeople.SignedInAsync(app, existing);

        var (_, link) = await InviteAsync(smtp, existing);

        Assert.EndsWith("/Accounts/Login", link, StringComparison.Ordinal);
    }

    /// <summary>The point person of a new church invites this person on the churches page; the invitation arrives by SMTP.</summary>
    private async Task<(string Email, string Link)> InviteAsync(SmtpSink smtp, string? email = null)
    {
        email ??= $"invitee.{Guid.NewGuid():N}@church.example";
        var church = await churches.OnboardAsync("37402");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var invited = await Forms.PostAsync(pastor, "/Churches", $"/Churches?handler=Invite&id={church.Id}",
            new Dictionary<string, string> { ["ResponderName"] = "Ivy Invitee", ["ResponderEmail"] = email });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        bool Invitation(MimeKit.MimeMessage m) => m.To.Mailboxes.Any(a => a.Address == email) && (m.Subject ?? "").Contains("invited you to respond", StringComparison.Ordinal);
        var before = smtp.Messages().Count(Invitation);
        await DrainAsync(smtp);
        var message = (await smtp.WaitForAsync(smtp.Messages().Count)).Last(Invitation);
        Assert.Equal(before + 1, smtp.Messages().Count(Invitation));
        var link = Link().Match(message.TextBody ?? "");
        Assert.True(link.Success, message.TextBody);
        return (email, link.Groups[1].Value);
    }

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string link, string password, string confirm) =>
        client.PostAsync(new Uri(link, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenIn(page),
            ["Password"] = password,
            ["Confirm"] = confirm,
        }));

    /// <summary>Sends what the outbox holds through the SMTP server on loopback, as the background sender would.</summary>
    private async Task DrainAsync(SmtpSink smtp)
    {
        await using var scope = app.Services.CreateAsyncScope();
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

    // The link's site is Mail:SiteUrl; the test clients call the app's own pipeline, so only the path and query are kept.
    [GeneratedRegex(@"https?://[^/\s]+(/(?:Churches/SetPassword\?t=[^\s]+|Accounts/Login))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();
}

public sealed class SetPasswordTests_Sqlite(SqliteApp app) : SetPasswordTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class SetPasswordTests_Postgres(PostgresApp app) : SetPasswordTests<PostgresApp>(app), IClassFixture<PostgresApp>;

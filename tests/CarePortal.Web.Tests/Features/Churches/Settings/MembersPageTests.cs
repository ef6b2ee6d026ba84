using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches.Settings;

/// <summary>The members page: an invitation by email through the SMTP server, the invitee listed until they accept, removal; all audited.</summary>
public abstract class MembersPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task An_invitation_reaches_the_invitee_by_smtp_and_they_are_listed_as_invited_then_as_a_responder()
    {
        var (id, pastorEmail) = await new ChurchesClient(app).OnboardAsync("37917");
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        var email = $"invitee.{Guid.NewGuid():N}@church.example";
        await using var smtp = await SmtpSink.StartAsync();

        var invited = await Forms.PostAsync(pastor, $"/Churches/Settings/Members/{id}", $"/Churches/Settings/Members/{id}?handler=Invite",
            new Dictionary<string, string> { ["Name"] = "Ivy Invitee", ["Email"] = email });
        var mail = Assert.Single(await OutboxDrain.ToAsync(app, smtp, email));
        var listed = await pastor.GetStringAsync(invited.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("invited you to respond", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"Invitation sent to {email}", listed, StringComparison.Ordinal);
        Assert.Contains("Invited, not yet accepted", listed, StringComparison.Ordinal);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var accepted = await AccountLinkMail.FollowAsync(browser, AccountLinkMail.In(mail.TextBody)!);
        Assert.Equal("/Churches/Feed", accepted.Headers.Location!.OriginalString);
        var after = await pastor.GetStringAsync($"/Churches/Settings/Members/{id}");
        Assert.DoesNotContain("Invited, not yet accepted", after, StringComparison.Ordinal);
        Assert.Contains("Ivy Invitee", after, StringComparison.Ordinal);
        var pastorId = await app.UserIdAsync(pastorEmail);
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(a => a.Action == "responder-invited" && a.OrganisationId == id && a.UserId == pastorId)));
    }

    [Fact]
    public async Task The_point_person_removes_a_responder_and_it_is_audited()
    {
        var churches = new ChurchesClient(app);
        var (id, pastorEmail) = await churches.OnboardAsync("37917");
        var email = $"leaving.{Guid.NewGuid():N}@church.example";
        var responder = await churches.InviteAsync(await app.ClientForAsync(pastorEmail), id, email, "Lee Leaving");
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);

        var removed = await Forms.PostAsync(pastor, $"/Churches/Settings/Members/{id}", $"/Churches/Settings/Members/{id}?handler=Remove&userId={responder.UserId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == responder.UserId && m.Role == Roles.Responder)));
        Assert.True(await app.QueryAsync(db => db.AdminActions.AnyAsync(a => a.Action == "responder-removed" && a.SubjectUserId == responder.UserId)));
    }

    [Fact]
    public async Task An_invitation_without_a_name_or_with_a_bad_address_is_refused_beside_each_field()
    {
        var (id, pastorEmail) = await new ChurchesClient(app).OnboardAsync("37917");
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        var before = await app.QueryAsync(db => db.Notifications.CountAsync());

        var refused = await Forms.PostAsync(pastor, $"/Churches/Settings/Members/{id}", $"/Churches/Settings/Members/{id}?handler=Invite",
            new Dictionary<string, string> { ["Name"] = "", ["Email"] = "not-an-address" });
        var page = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"invite-name-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"invite-email-error\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Notifications.CountAsync()));
    }
}

public sealed class MembersPageTests_Sqlite(SqliteApp app) : MembersPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class MembersPageTests_Postgres(PostgresApp app) : MembersPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

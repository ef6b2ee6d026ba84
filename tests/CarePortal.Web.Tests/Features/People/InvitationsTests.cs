using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.People;

/// <summary>
/// The invitations waiting for their owners, on the people page (issue #16 item 4): each is sent again with a fresh link or
/// revoked, after which its link opens nothing; an invitation sent anew stands again; an accepted one leaves the list.
/// </summary>
public abstract class InvitationsTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_pending_invitation_is_listed_sent_again_and_revoked_and_its_link_then_opens_nothing()
    {
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var email = $"invitee.{Guid.NewGuid():N}@dcs.example";
        var office = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Knox County Office").Select(o => o.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PeopleForms.InviteAsync(admin, email, Roles.Caseworker, office)).StatusCode);
        var userId = await app.UserIdAsync(email);
        var invitation = await app.QueryAsync(db => db.Set<Web.Features.People.Invitation>().Where(i => i.UserId == userId).Select(i => i.Id).SingleAsync());
        var firstLink = await AccountLinkMail.FromOutboxAsync(app, email);

        var listed = await admin.GetStringAsync(new Uri("/People", UriKind.Relative));
        var resent = await Forms.PostAsync(admin, "/People", "/People?handler=Resend", new Dictionary<string, string> { ["Invitation"] = $"{invitation}" });
        var emails = await app.QueryAsync(db => db.Notifications.CountAsync(n => n.RecipientId == userId));
        var secondLink = await AccountLinkMail.FromOutboxAsync(app, email);
        var revoked = await Forms.PostAsync(admin, "/People", "/People?handler=Revoke", new Dictionary<string, string> { ["Invitation"] = $"{invitation}" });
        var after = await admin.GetStringAsync(new Uri("/People", UriKind.Relative));
        var (opened, said) = await AccountLinkMail.OpenAsync(Anonymous(), secondLink);
        var unknown = await Forms.PostAsync(admin, "/People", "/People?handler=Revoke", new Dictionary<string, string> { ["Invitation"] = $"{invitation}" });

        Assert.Contains($"<th scope=\"row\" data-label=\"Email\">{email}</th>", Pending(listed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(2, emails);
        Assert.NotEqual(firstLink, secondLink);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.DoesNotContain(email, Pending(after), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains("This invitation was withdrawn", said, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == userId)));

        Assert.Equal(HttpStatusCode.Redirect, (await PeopleForms.InviteAsync(admin, email, Roles.Caseworker, office)).StatusCode);
        await AccountLinkMail.AcceptFromOutboxAsync(app, email);

        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganisationId == office && m.Role == Roles.Caseworker)));
        Assert.DoesNotContain(email, Pending(await admin.GetStringAsync(new Uri("/People", UriKind.Relative))), StringComparison.Ordinal);
        var audited = await app.QueryAsync(db => db.AdminActions.Where(a => a.SubjectUserId == userId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Invited, AuditActions.Invited, AuditActions.InvitationRevoked, AuditActions.Invited], audited);
    }

    /// <summary>The page's list of invitations waiting.</summary>
    private static string Pending(string page)
    {
        var start = page.IndexOf("id=\"pending-heading\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("id=\"invite-heading\"", start, StringComparison.Ordinal)];
    }

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class InvitationsTests_Sqlite(SqliteApp app) : InvitationsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class InvitationsTests_Postgres(PostgresApp app) : InvitationsTests<PostgresApp>(app), IClassFixture<PostgresApp>;

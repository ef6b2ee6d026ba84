using System.Net;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.People;

/// <summary>The invitation and the password-reset link, sent through a real SMTP server on loopback and followed as their owner would.</summary>
public abstract class PeopleEmailTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task The_invitation_arrives_by_smtp_names_the_role_and_place_and_its_link_makes_a_supervisor()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var email = $"supervisor.{Guid.NewGuid():N}@dcs.example";
        var office = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Blount County Office").Select(o => o.Id).SingleAsync());

        var invited = await Forms.PostAsync(admin, "/People", "/People?handler=Invite",
            new Dictionary<string, string> { ["Email"] = email, ["Name"] = "Sue Pervisor", ["Role"] = Roles.Supervisor, ["Places"] = $"{office}" });
        var message = Assert.Single(await OutboxDrain.ToAsync(app, smtp, email));
        var link = AccountLinkMail.In(message.TextBody);

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal("Department of Children's Services invited you to CarePortal as supervisor", message.Subject);
        Assert.Contains("as supervisor at Blount County Office", message.TextBody, StringComparison.Ordinal);
        Assert.NotNull(link);
        var (_, page) = await AccountLinkMail.OpenAsync(Anonymous(), link);
        Assert.Contains("join <strong>Blount County Office</strong> as a supervisor", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountLinkMail.FollowAsync(Anonymous(), link, "Supervisor-pass-1")).StatusCode);
        var userId = await app.UserIdAsync(email);
        Assert.True(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == userId && m.OrganisationId == office && m.Role == Roles.Supervisor)));
    }

    [Fact]
    public async Task The_reset_link_arrives_by_smtp_sets_a_new_password_once_within_a_day_and_ends_the_old_sessions()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var target = await app.UserIdAsync(DemoPeople.OtherSupervisor);
        var old = await Forms.SignedInAsync(app, DemoPeople.OtherSupervisor);
        var page = $"/People/Person/{agency}/{target}";

        var sent = await Forms.PostAsync(admin, page, $"{page}?handler=Reset", new Dictionary<string, string>());
        var message = Assert.Single(await OutboxDrain.ToAsync(app, smtp, DemoPeople.OtherSupervisor));
        var link = AccountLinkMail.In(message.TextBody)!;
        var stillWorks = await SignInAsync(DemoPeople.OtherSupervisor, DemoPeople.Password);
        var (_, form) = await AccountLinkMail.OpenAsync(Anonymous(), link);
        var reset = await AccountLinkMail.FollowAsync(Anonymous(), link, "Brand-new-pass-7");
        var (again, againPage) = await AccountLinkMail.OpenAsync(Anonymous(), link);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("Choose a new CarePortal password", message.Subject);
        Assert.Contains("within 24 hours", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stillWorks.StatusCode);
        Assert.Contains("Choose a new password", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already used", againPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(DemoPeople.OtherSupervisor, DemoPeople.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(DemoPeople.OtherSupervisor, "Brand-new-pass-7")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await old.GetAsync(new Uri("/Requests", UriKind.Relative))).StatusCode);

        // A second link, left for more than a day, has expired.
        await Forms.PostAsync(admin, page, $"{page}?handler=Reset", new Dictionary<string, string>());
        var late = AccountLinkMail.In((await OutboxDrain.ToAsync(app, smtp, DemoPeople.OtherSupervisor)).Last().TextBody)!;
        Assert.NotEqual(link, late);
        app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var (expired, expiredPage) = await AccountLinkMail.OpenAsync(Anonymous(), late);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("it works for 24 hours", expiredPage, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        Forms.PostAsync(Anonymous(), "/Accounts/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class PeopleEmailTests_Sqlite(SqliteApp app) : PeopleEmailTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PeopleEmailTests_Postgres(PostgresApp app) : PeopleEmailTests<PostgresApp>(app), IClassFixture<PostgresApp>;

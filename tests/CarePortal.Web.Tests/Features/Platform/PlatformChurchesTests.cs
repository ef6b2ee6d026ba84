using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Platform;

/// <summary>
/// The platform admin's church page: an application shows what it takes to decide and is approved or declined there (the
/// point person is emailed their link); an approved church is paused and resumed; each decision is audited.
/// </summary>
public abstract class PlatformChurchesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Page = "/Platform/Churches";

    private async Task<(int Id, string Name, string Email)> ApplyAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"apply.{tag}@church.example";
        var applied = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .PostAsJsonAsync("/api/churches/applications", new ChurchInput($"Hope Chapel {tag}", "37917", 8, ["bed", "food"], email, "Pat Pastor"), Json.Options);
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        return ((await applied.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Id, $"Hope Chapel {tag}", email);
    }

    private Task<List<string>> AuditedAsync(int id) =>
        app.QueryAsync(db => db.AdminActions.AsNoTracking().Where(a => a.OrganisationId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    [Fact]
    public async Task An_application_shows_what_it_takes_to_decide_and_is_approved_there()
    {
        var (id, name, email) = await ApplyAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri(Page, UriKind.Relative)));
        var approved = await Forms.PostAsync(admin, Page, $"{Page}?handler=Decide&id={id}", new Dictionary<string, string> { ["approve"] = "true" });
        var twice = await Forms.PostAsync(admin, Page, $"{Page}?handler=Decide&id={id}", new Dictionary<string, string> { ["approve"] = "false" });

        Assert.Contains($"id=\"application-{id}\">{name}</h3>", page, StringComparison.Ordinal);
        Assert.Contains("its own radius, 8 miles", page, StringComparison.Ordinal);
        Assert.Contains("bed, food", page, StringComparison.Ordinal);
        Assert.Contains($"Pat Pastor, {email} (address not confirmed yet)", page, StringComparison.Ordinal);
        Assert.Contains("same ZIP</dt><dd>Grace Church Knoxville", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Contains($"{name} is approved", WebUtility.HtmlDecode(await approved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ChurchStatus.Approved, await app.QueryAsync(db => db.Churches.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
        var pastor = await app.UserIdAsync(email);
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == pastor && n.Kind == "church-approved" && n.Status == NotificationStatus.Pending)));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("approved already", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["church-approved"], await AuditedAsync(id));
    }

    [Fact]
    public async Task A_decline_says_why_the_reason_is_kept_shown_and_emailed_to_the_applicant_and_none_is_refused_beside_the_application()
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (id, name, email) = await ApplyAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        const string Reason = "We could not confirm the church's address: apply again with the street address people come to.";

        var none = await Forms.PostAsync(admin, Page, $"{Page}?handler=Decide&id={id}", new Dictionary<string, string> { ["approve"] = "false", ["reason"] = "  " });
        var declined = await Forms.PostAsync(admin, Page, $"{Page}?handler=Decide&id={id}", new Dictionary<string, string> { ["approve"] = "false", ["reason"] = Reason });

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains($"id=\"reason-{id}-error\">Say why the application is declined", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var shown = WebUtility.HtmlDecode(await declined.Content.ReadAsStringAsync());
        Assert.Contains($"{name} is declined: its applicant was emailed the reason.", shown, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"declined-{id}\"><strong>{name}</strong> (ZIP 37917): {Reason}</li>", shown, StringComparison.Ordinal);
        var kept = await app.QueryAsync(db => db.Churches.Where(c => c.Id == id).Select(c => new { c.Status, c.DeclineReason }).SingleAsync());
        Assert.Equal((ChurchStatus.Declined, Reason), (kept.Status, kept.DeclineReason));
        var mail = Assert.Single(await OutboxDrain.ToAsync(app, smtp, email), m => m.Subject == $"The application of {name} to CarePortal");
        Assert.Contains(Reason, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(Reason, WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        var audited = await app.QueryAsync(db => db.AdminActions.AsNoTracking().Where(a => a.OrganisationId == id).Select(a => a.Detail).SingleAsync());
        Assert.Equal($"Declined the application of {name}: {Reason}", audited);
    }

    [Fact]
    public async Task A_declined_application_is_declined_and_an_approved_church_is_paused_and_resumed()
    {
        var (id, _, _) = await ApplyAsync();
        var admin = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        var grace = await app.QueryAsync(db => db.Churches.Where(c => c.Organisation!.Name == "Grace Church Knoxville").Select(c => c.Id).SingleAsync());

        var declined = await Forms.PostAsync(admin, Page, $"{Page}?handler=Decide&id={id}", new Dictionary<string, string> { ["approve"] = "false", ["reason"] = "Another church at this address is on CarePortal already." });
        var paused = await Forms.PostAsync(admin, Page, $"{Page}?handler=Pause&id={grace}", new Dictionary<string, string> { ["paused"] = "true" });
        var whilePaused = await app.QueryAsync(db => db.Churches.Where(c => c.Id == grace).Select(c => c.Paused).SingleAsync());
        var resumed = await Forms.PostAsync(admin, Page, $"{Page}?handler=Pause&id={grace}", new Dictionary<string, string> { ["paused"] = "false" });

        Assert.Equal(ChurchStatus.Declined, await app.QueryAsync(db => db.Churches.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
        Assert.Contains("is declined", await declined.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Grace Church Knoxville is paused", await paused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(whilePaused);
        Assert.Contains("Grace Church Knoxville gets new requests again", await resumed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Churches.Where(c => c.Id == grace).Select(c => c.Paused).SingleAsync()));
        Assert.Equal(["church-declined"], await AuditedAsync(id));
        Assert.Equal(["church-paused", "church-resumed"], (await AuditedAsync(grace)).TakeLast(2));
    }
}

public sealed class PlatformChurchesTests_Sqlite(SqliteApp app) : PlatformChurchesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PlatformChurchesTests_Postgres(PostgresApp app) : PlatformChurchesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

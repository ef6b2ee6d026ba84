using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// No role attaches to an address its owner has not proved (issue #17 item 1): an anonymous application cannot claim an
/// address before its owner, a point person cannot add an existing account, and nobody learns another account's id or name.
/// </summary>
public abstract class AddressClaimTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string ChosenByAttacker = "Mallory-pass-2026";

    [Fact]
    public async Task An_address_claimed_by_an_application_hands_no_role_to_the_applicant_when_its_church_is_onboarded()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var victim = $"victim.{tag}@church.example";
        var applied = await Anonymous().PostAsJsonAsync("/api/churches/applications", new
        {
            name = $"Mallory's {tag}", zip = "37403", needs = new[] { "food" }, pointPersonEmail = victim, pointPersonName = "Mallory", password = ChosenByAttacker,
        }, Json.Options);
        Assert.True(applied.IsSuccessStatusCode, await applied.Content.ReadAsStringAsync());

        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var onboarded = await admin.PostAsJsonAsync("/api/churches", new ChurchInput($"Real {tag}", "37402", null, ["bed"], victim, "Vera Victim"), Json.Options);
        Assert.Equal(HttpStatusCode.Created, onboarded.StatusCode);
        var churchId = (await onboarded.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Id;

        var attacker = Anonymous();
        var signIn = await Forms.PostAsync(attacker, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = victim, ["Password"] = ChosenByAttacker });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.GetAsync(new Uri($"/api/churches/{churchId}/requests", UriKind.Relative))).StatusCode);
        var victimId = await app.UserIdAsync(victim);
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == victimId)), "No membership before the address's owner follows the link.");
    }

    [Fact]
    public async Task A_point_person_cannot_add_an_existing_account_nor_learn_its_id_or_name()
    {
        var (churchId, pastorEmail) = await new ChurchesClient(app).OnboardAsync("37404");
        var pastor = await app.ClientForAsync(pastorEmail);
        var caseworkerId = await app.UserIdAsync(DemoPeople.Caseworker);

        var invited = await pastor.PostAsJsonAsync($"/api/churches/{churchId}/responders", new ResponderInput(DemoPeople.Caseworker, "Anyone"), Json.Options);
        var body = await invited.Content.ReadAsStringAsync();

        Assert.True(invited.IsSuccessStatusCode, body);
        Assert.DoesNotContain(caseworkerId, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Casey", body, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == caseworkerId && m.OrganisationId == churchId)));
        Assert.DoesNotContain(await pastor.GetFromJsonAsync<List<ResponderView>>($"/api/churches/{churchId}/responders", Json.Options) ?? [], r => r.UserId == caseworkerId);
    }

    [Fact]
    public async Task An_application_answers_the_same_whether_or_not_the_address_has_an_account_and_changes_no_password()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        object Application(string email) => new
        {
            name = $"Church {tag} {email}", zip = "37403", needs = new[] { "food" }, pointPersonEmail = email, pointPersonName = "Pat", password = ChosenByAttacker,
        };

        var known = await Anonymous().PostAsJsonAsync("/api/churches/applications", Application(DemoPeople.Caseworker), Json.Options);
        var unknown = await Anonymous().PostAsJsonAsync("/api/churches/applications", Application($"new.{tag}@church.example"), Json.Options);

        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(HttpStatusCode.Created, known.StatusCode);
        var owner = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(owner, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.Caseworker, ["Password"] = DemoPeople.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.PostAsync(Anonymous(), "/Accounts/Login", new Dictionary<string, string> { ["Email"] = DemoPeople.Caseworker, ["Password"] = ChosenByAttacker })).StatusCode);
        var caseworkerId = await app.UserIdAsync(DemoPeople.Caseworker);
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == caseworkerId && m.Role == Roles.ChurchPointPerson)));
    }

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class AddressClaimTests_Sqlite(SqliteApp app) : AddressClaimTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AddressClaimTests_Postgres(PostgresApp app) : AddressClaimTests<PostgresApp>(app), IClassFixture<PostgresApp>;

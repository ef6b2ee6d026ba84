using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Champions;

/// <summary>Registers champions through the public endpoint, has the platform admin decide, and makes churches connecting churches.</summary>
public sealed class ChampionsClient(CarePortalApp app)
{
    /// <summary>A champion registered anonymously, its address confirmed through the emailed link; approved unless told otherwise.</summary>
    public async Task<(int Id, string Email)> RegisterAsync(string zip = "37402", double radius = 10, bool approve = true, ChampionKind kind = ChampionKind.Business,
        string password = ChurchPeople.Password)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"champion.{tag}@example.com";
        var response = await Anonymous().PostAsJsonAsync("/api/champions/registrations", Input($"Hardware {tag}", email, zip, radius, kind), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await AccountLinkMail.AcceptFromOutboxAsync(app, email, password);
        var id = await IdOfAsync(email);
        if (approve)
        {
            var approved = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PostAsync(new Uri($"/api/champions/{id}/approve", UriKind.Relative), null);
            Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        }

        return (id, email);
    }

    public static ChampionInput Input(string name, string email, string zip = "37402", double? radius = 10, ChampionKind? kind = ChampionKind.Business) =>
        new(name, kind, zip, radius, "Casey Contact", email);

    public async Task<int> IdOfAsync(string email)
    {
        var person = await app.UserIdAsync(email);
        return await app.QueryAsync(db => db.Set<Champion>().Where(c => c.PersonId == person).Select(c => c.Id).SingleAsync());
    }

    /// <summary>The point person opts the church in (or out) as a connecting church through its settings.</summary>
    public async Task ConnectAsync(int churchId, string pointPerson, bool connecting = true)
    {
        var client = await app.ClientForAsync(pointPerson);
        var church = (await client.GetFromJsonAsync<ChurchView>($"/api/churches/{churchId}", Json.Options))!;
        var response = await client.PutAsJsonAsync($"/api/churches/{churchId}",
            new ChurchSettingsInput(church.Zip, church.RadiusMiles, church.Needs, church.Paused, Connecting: connecting), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

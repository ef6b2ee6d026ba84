using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Accounts;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>Churches made through the platform admin's API, each with a point person of its own, and requests opened near them.</summary>
public sealed class ChurchesClient(CarePortalApp app)
{
    public async Task<(int Id, string PointPerson)> OnboardAsync(string zip, string[]? needs = null, double? radius = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"pastor.{tag}@church.example";
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var response = await admin.PostAsJsonAsync("/api/churches",
            new ChurchInput($"Church {tag}", zip, radius, needs ?? ["clothing", "bed"], email, $"Pastor {tag}"), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var church = (await response.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!;
        await AccountLinkMail.AcceptFromOutboxAsync(app, email);
        return (church.Id, email);
    }

    /// <summary>The point person invites this address as a responder; its owner follows the emailed link (choosing <see cref="ChurchPeople.Password"/> if asked).</summary>
    public async Task<ResponderView> InviteAsync(HttpClient pointPerson, int churchId, string email, string name)
    {
        var response = await pointPerson.PostAsJsonAsync($"/api/churches/{churchId}/responders", new ResponderInput(email, name), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await AccountLinkMail.AcceptFromOutboxAsync(app, email);
        return new ResponderView(await app.UserIdAsync(email), name, email, null);
    }

    /// <summary>Switches off every church made so far, so that a test's routing sees only the churches it makes itself.</summary>
    public Task<int> RetireAllAsync() => app.QueryAsync(db => db.Churches.ExecuteUpdateAsync(s => s.SetProperty(c => c.Active, false)));

    public async Task SetReachAsync(int countyId, double radius, int churches)
    {
        var admin = await app.ClientForAsync(DemoPeople.PlatformAdmin);
        var response = await admin.PutAsJsonAsync($"/api/counties/{countyId}/reach", new CountyReachInput(radius, churches), Json.Options);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>A request of a new agency (no approval) for a family at <paramref name="zip"/>, submitted so it opens at once.</summary>
    public async Task<(RequestView Request, TestAgency Agency)> OpenAsync(string zip, double radius = 15, int churches = 5, Urgency urgency = Urgency.Normal,
        IReadOnlyList<ItemInput>? items = null)
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await SetReachAsync(agency.CountyId, radius, churches);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId) with { Zip = zip, Urgency = urgency, Items = items ?? [new ItemInput("Winter coat, size 8", 1, 45m)] });
        var opened = await caseworker.SubmitAsync(draft.Id);
        Assert.Equal(RequestState.Open, opened.State);
        return (opened, agency);
    }

    public async Task<List<RecipientView>> RecipientsAsync(int requestId, string caseworker)
    {
        var client = await app.ClientForAsync(caseworker);
        return (await client.GetFromJsonAsync<List<RecipientView>>($"/api/requests/{requestId}/recipients", Json.Options))!;
    }

    /// <summary>Each church answers "Yes, I can help" with its own items at the same moment (released together); their answers in order.</summary>
    public static async Task<HttpResponseMessage[]> AnswerTogetherAsync(int requestId, params (HttpClient Church, ResponseInput Answer)[] answers)
    {
        using var start = new SemaphoreSlim(0);
        var sent = answers.Select(a => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await a.Church.PostAsJsonAsync($"/api/requests/{requestId}/responses", a.Answer, Json.Options);
        })).ToList();
        start.Release(answers.Length);
        return await Task.WhenAll(sent);
    }
}

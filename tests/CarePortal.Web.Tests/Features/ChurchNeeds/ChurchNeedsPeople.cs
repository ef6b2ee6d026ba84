using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.ChurchNeeds;
using CarePortal.Web.Tests.Features.Churches;
using Xunit;

namespace CarePortal.Web.Tests.Features.ChurchNeeds;

/// <summary>A church made for a test with its point person, a responder, and a responder its point person named needs leader.</summary>
public sealed record ChurchWithLeader(int Id, string PointPerson, string Responder, string NeedsLeader)
{
    public const string Ready = "A grandmother raising her two grandchildren needs a twin bed for the younger one. She keeps a warm home and would love to meet the church that helps.";

    public static async Task<ChurchWithLeader> MakeAsync(CarePortalApp app, string zip = "37402")
    {
        var churches = new ChurchesClient(app);
        var (id, pastor) = await churches.OnboardAsync(zip);
        var pointPerson = await app.ClientForAsync(pastor);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var responder = $"member.{tag}@church.example";
        var leader = $"needs.{tag}@church.example";
        await churches.InviteAsync(pointPerson, id, responder, "Morgan Member");
        var named = await churches.InviteAsync(pointPerson, id, leader, "Lee Leader");
        var response = await pointPerson.PutAsJsonAsync($"/api/churches/{id}/needs-leaders", new NeedsLeaderInput(named.UserId), Json.Options);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return new ChurchWithLeader(id, pastor, responder, leader);
    }

    /// <summary>The needs leader posts a need through the API; its view.</summary>
    public async Task<ChurchNeedView> PostAsync(CarePortalApp app, string description = Ready, string need = "bed", int quantity = 1, string? note = null)
    {
        var leader = await app.ClientForAsync(NeedsLeader);
        var response = await leader.PostAsJsonAsync($"/api/churches/{Id}/needs", new ChurchNeedInput(need, quantity, description, note), Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ChurchNeedView>(Json.Options))!;
    }
}

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Tiers;

/// <summary>
/// A tier-2 (relational) request reaches only churches with someone its agency approved, and in them only the approved read
/// it, hear of it, answer it or see it in their feed; an approval that expires or is withdrawn ends that at once (404, as for a
/// request never sent to them). A tier-1 request still reaches every church near it.
/// </summary>
public abstract class TierTwoTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly TiersClient tiers = new(app);
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_tier_two_request_goes_only_to_churches_with_someone_the_agency_approved()
    {
        await churches.RetireAllAsync();
        var approvedChurch = await churches.OnboardAsync("37402");
        var otherChurch = await churches.OnboardAsync("37403");
        var agency = await tiers.AgencyAsync(radius: 15, churches: 5);
        var mentor = $"mentor.{Guid.NewGuid():N}@church.example";
        await churches.InviteAsync(await app.ClientForAsync(approvedChurch.PointPerson), approvedChurch.Id, mentor, "Mia Mentor");
        // Approved by another agency only: that does not count for this agency's requests.
        var elsewhere = await tiers.AgencyAsync();
        await tiers.ApproveAsync(elsewhere, otherChurch.PointPerson);
        await tiers.ApproveAsync(agency, mentor);

        var relational = await tiers.OpenAsync(agency, "37402", tier: 2);
        var items = await tiers.OpenAsync(agency, "37402", tier: 1);

        var sent = await churches.RecipientsAsync(relational.Id, agency.People.Caseworker);
        Assert.Equal([approvedChurch.Id], sent.Select(r => r.ChurchId));
        Assert.Equal([approvedChurch.Id, otherChurch.Id], (await churches.RecipientsAsync(items.Id, agency.People.Caseworker)).Select(r => r.ChurchId).Order());
        // Only the approved person of that church is emailed it: not its point person.
        var emailed = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == relational.Id && n.Kind == "request-routed").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([mentor], emailed);
    }

    [Fact]
    public async Task Only_a_currently_approved_person_reads_answers_and_sees_a_tier_two_request_until_the_approval_ends()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var agency = await tiers.AgencyAsync();
        var pastor = await app.ClientForAsync(church.PointPerson);
        var mentor = $"mentor.{Guid.NewGuid():N}@church.example";
        var cook = $"cook.{Guid.NewGuid():N}@church.example";
        await churches.InviteAsync(pastor, church.Id, mentor, "Mia Mentor");
        await churches.InviteAsync(pastor, church.Id, cook, "Cole Cook");
        await tiers.ApproveAsync(agency, mentor, days: 2);
        var cooksApproval = await tiers.ApproveAsync(agency, cook, days: 60);
        var request = await tiers.OpenAsync(agency, "37402", tier: 2);

        async Task<string> SeenAsync(string who)
        {
            var client = await app.ClientForAsync(who);
            var read = (await client.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative))).StatusCode;
            var page = (await client.GetAsync(new Uri($"/Churches/Request/{request.Id}", UriKind.Relative))).StatusCode;
            var feed = (await client.GetFromJsonAsync<List<ReceivedView>>($"/api/churches/{church.Id}/requests", Json.Options))!.Any(r => r.RequestId == request.Id);
            var listed = (await client.GetFromJsonAsync<List<Web.Features.Requests.RequestView>>("/api/requests", Json.Options))!.Any(r => r.Id == request.Id);
            return $"{(int)read} {(int)page} feed:{feed} list:{listed}";
        }

        var before = (Mentor: await SeenAsync(mentor), Cook: await SeenAsync(cook), Pastor: await SeenAsync(church.PointPerson));
        var pastorAnswers = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options);
        Assert.Equal(HttpStatusCode.NoContent, (await (await app.ClientForAsync(agency.Admin)).DeleteAsync(
            new Uri($"{TiersClient.Approvals(agency.Id)}/{cooksApproval.Id}", UriKind.Relative))).StatusCode);
        var withdrawn = await SeenAsync(cook);
        app.Clock.Advance(TimeSpan.FromDays(3));
        var expired = await SeenAsync(mentor);
        var mentorAnswersLate = await (await app.ClientForAsync(mentor)).PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options);

        Assert.Equal(("200 200 feed:True list:True", "200 200 feed:True list:True", "404 404 feed:False list:False"), before);
        Assert.Equal(HttpStatusCode.NotFound, pastorAnswers.StatusCode);
        Assert.Equal("404 404 feed:False list:False", withdrawn);
        Assert.Equal("404 404 feed:False list:False", expired);
        Assert.Equal(HttpStatusCode.NotFound, mentorAnswersLate.StatusCode);
    }

    [Fact]
    public async Task An_approved_point_person_forwards_a_tier_two_request_only_to_approved_responders()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var agency = await tiers.AgencyAsync();
        var pastor = await app.ClientForAsync(church.PointPerson);
        var mentor = await churches.InviteAsync(pastor, church.Id, $"mentor.{Guid.NewGuid():N}@church.example", "Mia Mentor");
        var cook = await churches.InviteAsync(pastor, church.Id, $"cook.{Guid.NewGuid():N}@church.example", "Cole Cook");
        await tiers.ApproveAsync(agency, church.PointPerson);
        await tiers.ApproveAsync(agency, mentor.Email);
        var request = await tiers.OpenAsync(agency, "37402", tier: 2);

        var toCook = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/forwards", new ForwardInput(null, [mentor.UserId, cook.UserId]), Json.Options);
        var toMentor = await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/forwards", new ForwardInput(null, [mentor.UserId]), Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, toCook.StatusCode);
        Assert.Contains("approved", await toCook.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, toMentor.StatusCode);
        var forwarded = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-forwarded").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([mentor.Email], forwarded);
    }

    [Fact]
    public async Task When_a_tier_two_request_closes_only_the_approved_hear_of_it()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var agency = await tiers.AgencyAsync();
        var pastor = await app.ClientForAsync(church.PointPerson);
        var mentor = await churches.InviteAsync(pastor, church.Id, $"mentor.{Guid.NewGuid():N}@church.example", "Mia Mentor");
        await tiers.ApproveAsync(agency, mentor.Email);
        var request = await tiers.OpenAsync(agency, "37402", tier: 2);
        var caseworker = await app.ClientForAsync(agency.People.Caseworker);
        var answered = await (await app.ClientForAsync(mentor.Email)).PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options);
        Assert.True(answered.IsSuccessStatusCode, await answered.Content.ReadAsStringAsync());

        var cancelled = await caseworker.PostAsJsonAsync($"/api/requests/{request.Id}/cancel", new Web.Features.Requests.NoteInput("The family found a mentor elsewhere."), Json.Options);

        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        // The church's point person is not approved: never sent the request, so not told it is no longer needed; the mentor who answered is.
        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-no-longer-needed").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([mentor.Email], told);
    }

    [Fact]
    public async Task A_caseworkers_message_about_a_tier_two_request_is_emailed_only_to_approved_point_persons()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var agency = await tiers.AgencyAsync();
        var pastor = await app.ClientForAsync(church.PointPerson);
        var mentor = await churches.InviteAsync(pastor, church.Id, $"mentor.{Guid.NewGuid():N}@church.example", "Mia Mentor");
        await tiers.ApproveAsync(agency, mentor.Email);
        var request = await tiers.OpenAsync(agency, "37402", tier: 2);

        var written = await (await app.ClientForAsync(agency.People.Caseworker)).PostAsJsonAsync($"/api/requests/{request.Id}/messages",
            new MessageInput(church.Id, "Can you come on Tuesday?"), Json.Options);

        Assert.Equal(HttpStatusCode.OK, written.StatusCode);
        Assert.False(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-message" && n.RecipientEmail == church.PointPerson)));
    }
}

public sealed class TierTwoTests_Sqlite(SqliteApp app) : TierTwoTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TierTwoTests_Postgres(PostgresApp app) : TierTwoTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// The church feed (<c>GET /api/churches/{id}/requests</c>): the church's people (point person, responders, team leaders and
/// members of its teams) see the open requests it received, newest first; an empty feed is an empty list; anyone else is
/// refused (403) whether the feed is empty or not, and a person taken off the church is refused at once, even with a
/// bearer token whose person is remembered.
/// </summary>
public abstract class ReceivedFeedTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    private static string Feed(int churchId) => $"/api/churches/{churchId}/requests";

    [Fact]
    public async Task The_point_person_sees_the_open_requests_the_church_received_newest_first_and_no_longer_a_paused_one()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37409");
        var (first, agency) = await churches.OpenAsync("37409", radius: 1, churches: 1);
        var (second, _) = await churches.OpenAsync("37409", radius: 1, churches: 1, urgency: Urgency.Critical);
        var pastor = await app.ClientForAsync(church.PointPerson);

        var before = await pastor.GetFromJsonAsync<List<ReceivedView>>(Feed(church.Id), Json.Options);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{first.Id}/pause", new NoteInput(null), Json.Options)).StatusCode);
        var after = await pastor.GetFromJsonAsync<List<ReceivedView>>(Feed(church.Id), Json.Options);

        Assert.NotNull(before);
        Assert.Equal([second.Id, first.Id], before.Select(r => r.RequestId));
        Assert.Equal((Urgency.Critical, "clothing", Descriptions.Ready, 1), (before[0].Urgency, before[0].Need, before[0].Description, before[0].Round));
        Assert.Equal(Urgency.Normal, before[1].Urgency);
        Assert.InRange(before[0].Miles, 0, 1);
        Assert.Equal([second.Id], after!.Select(r => r.RequestId));
    }

    [Fact]
    public async Task An_empty_feed_is_an_empty_list_for_the_church_and_refused_to_everyone_else()
    {
        await churches.RetireAllAsync();
        var quiet = await churches.OnboardAsync("37660");
        var busy = await churches.OnboardAsync("37409");
        await churches.OpenAsync("37409", radius: 1, churches: 1);
        var stranger = await app.ClientForAsync(quiet.PointPerson);

        var own = await stranger.GetAsync(Feed(quiet.Id));
        var others = await stranger.GetAsync(Feed(busy.Id));
        var caseworker = await (await app.ClientForAsync(DemoPeople.Caseworker)).GetAsync(Feed(busy.Id));
        var noSuchChurch = await stranger.GetAsync(Feed(987_654));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Empty((await own.Content.ReadFromJsonAsync<List<ReceivedView>>(Json.Options))!);
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, caseworker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noSuchChurch.StatusCode);
    }

    [Fact]
    public async Task Team_leaders_and_members_see_their_churchs_feed_but_not_another_churchs()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37409");
        var other = await churches.OnboardAsync("37660");
        var (request, _) = await churches.OpenAsync("37409", radius: 1, churches: 1);
        var (leader, member) = await TeamOfAsync(church.Id);

        foreach (var email in new[] { leader, member })
        {
            var person = await app.ClientForAsync(email);
            Assert.Equal([request.Id], (await person.GetFromJsonAsync<List<ReceivedView>>(Feed(church.Id), Json.Options))!.Select(r => r.RequestId));
            Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync(Feed(other.Id))).StatusCode);
        }
    }

    [Fact]
    public async Task A_responder_taken_off_the_church_is_refused_at_once_though_their_token_is_remembered()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37409");
        var (request, _) = await churches.OpenAsync("37409", radius: 1, churches: 1);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var email = $"leaving.{Guid.NewGuid():N}@church.example";
        var responder = await churches.InviteAsync(pastor, church.Id, email, "Lee");
        var leaving = await app.ClientForAsync(email);

        var whileMember = await leaving.GetFromJsonAsync<List<ReceivedView>>(Feed(church.Id), Json.Options);
        Assert.Equal(HttpStatusCode.NoContent, (await pastor.DeleteAsync($"/api/churches/{church.Id}/responders/{responder.UserId}")).StatusCode);
        var afterRemoval = await leaving.GetAsync(Feed(church.Id));

        Assert.Equal([request.Id], whileMember!.Select(r => r.RequestId));
        Assert.Equal(HttpStatusCode.Forbidden, afterRemoval.StatusCode);
    }

    /// <summary>A team of the church with a leader and a member (no role in the church itself).</summary>
    private Task<(string Leader, string Member)> TeamOfAsync(int churchId) => app.QueryAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var team = new Organisation { Name = $"Coats {tag}", Kind = OrganisationKind.Team, ParentId = churchId };
        db.Organisations.Add(team);
        await db.SaveChangesAsync();
        string Member(string name, string role)
        {
            var email = $"{name}.{tag}@church.example";
            var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = tag };
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = team.Id, Role = role });
            return email;
        }

        var people = (Member("leader", Roles.TeamLeader), Member("member", Roles.Responder));
        await db.SaveChangesAsync();
        return people;
    });
}

public sealed class ReceivedFeedTests_Sqlite(SqliteApp app) : ReceivedFeedTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReceivedFeedTests_Postgres(PostgresApp app) : ReceivedFeedTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.ChurchNeeds;
using CarePortal.Web.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// A deactivated account (an agency deactivated a person who also volunteers at a church) answers for no church: the point person
/// does not see it among the responders to forward to, cannot forward a request to it, assign it to the family's private details or
/// name it a needs leader, and the church's profile does not count it among its people; the active responder beside it is
/// chosen as before. Church people are read as <c>ChurchAccess.ChurchesOf</c> and <c>ChurchSide.RespondersOf</c> say, from
/// the memberships of active accounts (<c>ActiveAccounts</c>), as <c>CurrentRoles</c> is.
/// </summary>
public abstract class DeactivatedChurchPeopleTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_deactivated_responder_is_not_listed_forwarded_to_assigned_named_needs_leader_or_counted()
    {
        var churches = new ChurchesClient(app);
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var pastor = await app.ClientForAsync(church.PointPerson);
        var active = await churches.InviteAsync(pastor, church.Id, $"active.{Guid.NewGuid():N}@church.example", "Ada Active");
        var gone = await churches.InviteAsync(pastor, church.Id, $"gone.{Guid.NewGuid():N}@church.example", "Gus Gone");
        var (request, _) = await churches.OpenAsync("37402");
        var profile = $"/Churches/Profile/{church.Id}";
        Assert.Contains("3 people on CarePortal", await pastor.GetStringAsync(profile), StringComparison.Ordinal);

        // Deactivated as an agency admin's Deactivate does it (the account locked for good); the roles stay on record.
        await app.QueryAsync(db => db.Users.Where(u => u.Id == gone.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, ActiveAccounts.DeactivatedUntil)));

        var listed = await pastor.GetFromJsonAsync<List<ResponderView>>($"/api/churches/{church.Id}/responders", Json.Options);
        string[] answers =
        [
            "listed " + string.Join(" ", listed!.Select(r => r.Name)),
            "forward to gone " + (int)(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/forwards", new ForwardInput(church.Id, [gone.UserId]), Json.Options)).StatusCode,
            "forward to active " + (int)(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/forwards", new ForwardInput(church.Id, [active.UserId]), Json.Options)).StatusCode,
            "commit " + (int)(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).StatusCode,
            "assign gone " + (int)(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/assignments", new AssignmentInput(gone.UserId), Json.Options)).StatusCode,
            "assign active " + (int)(await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/assignments", new AssignmentInput(active.UserId), Json.Options)).StatusCode,
            "needs leader gone " + (int)(await pastor.PutAsJsonAsync($"/api/churches/{church.Id}/needs-leaders", new NeedsLeaderInput(gone.UserId), Json.Options)).StatusCode,
            "profile " + (await pastor.GetStringAsync(profile)).Contains("2 people on CarePortal", StringComparison.Ordinal),
        ];

        Assert.Equal("listed Ada Active; forward to gone 400; forward to active 200; commit 200; assign gone 400; assign active 204; needs leader gone 400; profile True",
            string.Join("; ", answers));
        Assert.Equal([active.UserId], await app.QueryAsync(db => db.ResponderAssignments.Where(a => a.CareRequestId == request.Id).Select(a => a.UserId).ToListAsync()));
        Assert.Equal([active.UserId], await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "request-forwarded").Select(n => n.RecipientId!).ToListAsync()));
        Assert.False(await app.QueryAsync(db => db.Memberships.AnyAsync(m => m.UserId == gone.UserId && m.Role == Roles.NeedsLeader)));
    }

    [Fact]
    public async Task A_deactivated_point_person_is_no_leader_the_church_is_told_through()
    {
        var churches = new ChurchesClient(app);
        var church = await churches.OnboardAsync("37402");
        var other = await churches.OnboardAsync("37402");
        var pastorId = await app.UserIdAsync(church.PointPerson);
        var otherId = await app.UserIdAsync(other.PointPerson);
        Assert.Equal([[pastorId], [otherId]], await LeadersAsync(church.Id, other.Id));

        // Deactivated as an agency admin's Deactivate does it (the account locked for good); the role stays on record.
        await app.QueryAsync(db => db.Users.Where(u => u.Id == pastorId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, ActiveAccounts.DeactivatedUntil)));

        // Who a church is told through (a request shared to it, its standing offer matched, a request closed) is read as
        // CurrentRoles reads roles: from the memberships of active accounts.
        Assert.Equal([[], [otherId]], await LeadersAsync(church.Id, other.Id));
    }

    private Task<List<List<string>>> LeadersAsync(params int[] churchIds) => app.QueryAsync(async db =>
    {
        var leaders = await ChurchLeaders.OfAsync(db, [.. churchIds], CancellationToken.None);
        return churchIds.Select(id => leaders.GetValueOrDefault(id, [])).ToList();
    });
}

public sealed class DeactivatedChurchPeopleTests_Sqlite(SqliteApp app) : DeactivatedChurchPeopleTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class DeactivatedChurchPeopleTests_Postgres(PostgresApp app) : DeactivatedChurchPeopleTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Champions;
using CarePortal.Web.Tests.Features.Churches;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>
/// A church person's rights are read from the memberships as they are now, not from the sign-in cookie's claims (which are
/// rebuilt from the memberships only every 30 minutes, at the cookie's security-stamp check): a point person who is made a
/// plain responder of the church while signed in still reads the request's public part, but no longer the family's private
/// details (403: not assigned to it), the receipt of a champion's funded item or the champion's offer with the champion's email
/// (404), from the next call on, nor assigns themselves to it to read them; and nothing is recorded as read. Nor do they run the
/// church (its responders' list, its teams, forwarding, asking nearby churches, its standing offers: 403), and the church view no
/// longer says they lead. A team leader removed from the church loses the team's lead with their place, and acts for it no more.
/// A team leader the point person replaces is signed out, as an agency's role change signs its person out: every right the
/// claims gave ends.
/// </summary>
public abstract class RolesTakenAwayTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task A_point_person_whose_role_is_taken_away_while_signed_in_opens_no_private_details_receipt_or_champion_offer()
    {
        var churches = new ChurchesClient(app);
        var champions = new ChampionsClient(app);
        await churches.RetireAllAsync();
        var connecting = await churches.OnboardAsync("37402");
        await champions.ConnectAsync(connecting.Id, connecting.PointPerson);
        var (request, _) = await churches.OpenAsync("37402", items: [new ItemInput("Winter coat, size 8", 2, 45m)]);
        var item = await app.QueryAsync(db => db.RequestItems.Where(i => i.CareRequestId == request.Id).Select(i => i.Id).SingleAsync());
        var (_, champion) = await champions.RegisterAsync();
        // Claiming the champion's offer is the church's own commitment to the coat: its point person reads the private details.
        var offer = await Receipts.FundedWithReceiptAsync(app, champion, connecting.PointPerson, request.Id, item);
        var pastor = await ChurchPeople.SignedInAsync(app, connecting.PointPerson);
        string[] paths = [$"/api/requests/{request.Id}/private", $"/api/champions/offers/{offer}/receipt", $"/api/champions/offers/{offer}/church"];
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], await StatusesAsync(pastor, paths));
        var reads = await ReadsAsync(request.Id);

        // They stay in the church as a responder (no page of CarePortal hands the point person's role over: an operator does, in
        // the database); their cookie still says point person.
        var pastorId = await app.UserIdAsync(connecting.PointPerson);
        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pastorId && m.OrganisationId == connecting.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, Roles.Responder)));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound], await StatusesAsync(pastor, paths));
        // Nor do they assign themselves to the request as its point person would (an assignment opens the private details).
        var assigned = await (await Forms.SendingTheTokenAsync(pastor)).PostAsJsonAsync($"/api/requests/{request.Id}/assignments", new AssignmentInput(pastorId), Json.Options);
        Assert.Equal(HttpStatusCode.Forbidden, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pastor.GetAsync(new Uri(paths[0], UriKind.Relative))).StatusCode);
        Assert.Equal(reads, await ReadsAsync(request.Id));
        // The request's public part, read through ChurchAccess from the memberships: a responder of a church it reached reads it.
        Assert.Equal(HttpStatusCode.OK, (await pastor.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_team_leader_replaced_while_signed_in_is_signed_out_and_runs_the_churchs_standing_offers_no_more()
    {
        var churches = new ChurchesClient(app);
        var church = await churches.OnboardAsync("37402");
        var pastorToken = await app.ClientForAsync(church.PointPerson);
        var first = $"leader.{Guid.NewGuid():N}@church.example";
        var next = $"leader.{Guid.NewGuid():N}@church.example";
        await churches.InviteAsync(pastorToken, church.Id, first, "Lena Leader");
        await churches.InviteAsync(pastorToken, church.Id, next, "Noah Next");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var page = $"/Churches/Settings/Teams/{church.Id}";
        var team = $"Closet {Guid.NewGuid():N}"[..15];
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pastor, page, $"{page}?handler=Create", new Dictionary<string, string> { ["Name"] = team })).StatusCode);
        var teamId = await app.QueryAsync(db => db.Organisations.Where(o => o.ParentId == church.Id && o.Name == team).Select(o => o.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await NameLeaderAsync(pastor, page, teamId, first)).StatusCode);
        var offer = await new Offers.OffersClient(pastorToken).PostAsync(Offers.OffersClient.Offer(app) with { ChurchId = church.Id });
        var leader = await Forms.SendingTheTokenAsync(await ChurchPeople.SignedInAsync(app, first));
        Assert.Contains(offer.Id, (await new Offers.OffersClient(leader).ListAsync()).Select(o => o.Id));

        // The point person names another leader: the first stays in the team as a responder, and their sessions end.
        Assert.Equal(HttpStatusCode.Redirect, (await NameLeaderAsync(pastor, page, teamId, next)).StatusCode);
        var withdrawn = await new Offers.OffersClient(leader).WithdrawAsync(offer.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, withdrawn.StatusCode);
        Assert.Equal(Web.Features.Offers.OfferState.Open, await app.QueryAsync(db => db.Set<Web.Features.Offers.ChurchOffer>().Where(o => o.Id == offer.Id).Select(o => o.State).SingleAsync()));
        var firstId = await app.UserIdAsync(first);
        Assert.Equal([Roles.Responder], await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == firstId && m.OrganisationId == teamId).Select(m => m.Role).ToListAsync()));
        // Signed in again, they hold what the memberships say: the church's standing offers are not theirs to run.
        var again = await Forms.SendingTheTokenAsync(await ChurchPeople.SignedInAsync(app, first));
        Assert.Equal(HttpStatusCode.Forbidden, (await new Offers.OffersClient(again).WithdrawAsync(offer.Id)).StatusCode);
    }

    [Fact]
    public async Task A_point_person_made_a_responder_while_signed_in_forwards_shares_sets_teams_lists_responders_and_posts_offers_no_more()
    {
        var churches = new ChurchesClient(app);
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var helper = await churches.InviteAsync(await app.ClientForAsync(church.PointPerson), church.Id, $"helper.{Guid.NewGuid():N}@church.example", "Hana Helper");
        var (request, _) = await churches.OpenAsync("37402");
        var pastor = await Forms.SendingTheTokenAsync(await ChurchPeople.SignedInAsync(app, church.PointPerson));
        var team = await CreateTeamAsync(pastor, church.Id);
        Assert.Equal((true, true), await LeadsAsync(pastor, request.Id));

        // Made a plain responder of the church (by an operator, in the database); their cookie still says point person.
        var pastorId = await app.UserIdAsync(church.PointPerson);
        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pastorId && m.OrganisationId == church.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, Roles.Responder)));

        Assert.Equal(["responders 403", "teams page 403", "team settings 403", "forward 403", "share 403", "offer 403"],
            await ChurchCallsAsync(pastor, church.Id, team, request.Id, helper.UserId));
        // Still a responder of a church the request reached: they read its church view, but not as one who leads.
        Assert.Equal((false, false), await LeadsAsync(pastor, request.Id));
        Assert.False(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-forwarded")));
        Assert.False(await app.QueryAsync(db => db.TeamSettings.AnyAsync(t => t.TeamId == team)));
    }

    [Fact]
    public async Task A_team_leader_removed_from_the_church_while_signed_in_leads_its_team_no_more_and_acts_for_it_no_more()
    {
        var churches = new ChurchesClient(app);
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var pastorToken = await app.ClientForAsync(church.PointPerson);
        var email = $"leader.{Guid.NewGuid():N}@church.example";
        var leader = await churches.InviteAsync(pastorToken, church.Id, email, "Lena Leader");
        var helper = await churches.InviteAsync(pastorToken, church.Id, $"helper.{Guid.NewGuid():N}@church.example", "Hana Helper");
        var (request, _) = await churches.OpenAsync("37402");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var team = await CreateTeamAsync(pastor, church.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await NameLeaderAsync(pastor, $"/Churches/Settings/Teams/{church.Id}", team, email)).StatusCode);
        var lena = await Forms.SendingTheTokenAsync(await ChurchPeople.SignedInAsync(app, email));
        Assert.Equal((true, false), await LeadsAsync(lena, request.Id));

        // The point person removes her from the church: her place in it ends, her team's lead with it.
        Assert.Equal(HttpStatusCode.NoContent, (await pastorToken.DeleteAsync(new Uri($"/api/churches/{church.Id}/responders/{leader.UserId}", UriKind.Relative))).StatusCode);

        Assert.Empty(await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == leader.UserId && (m.OrganisationId == church.Id || m.OrganisationId == team))
            .Select(m => m.Role).ToListAsync()));
        Assert.Equal(["responders 403", "teams page 403", "team settings 403", "forward 404", "share 404", "offer 403"],
            await ChurchCallsAsync(lena, church.Id, team, request.Id, helper.UserId));
        Assert.Equal(HttpStatusCode.NotFound, (await lena.GetAsync(new Uri($"/api/requests/{request.Id}/church-view", UriKind.Relative))).StatusCode);
        Assert.False(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-forwarded")));
    }

    [Fact]
    public async Task A_point_person_made_a_responder_while_signed_in_is_offered_no_link_to_run_the_church_on_the_churches_page_its_profile_or_the_home()
    {
        var churches = new ChurchesClient(app);
        var church = await churches.OnboardAsync("37402");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var members = $"href=\"/Churches/Settings/Members/{church.Id}\"";
        Assert.Equal(["churches True", "profile True True", "home True"], await OfferedAsync(pastor, church.Id, members));

        // Made a plain responder of the church (by an operator, in the database); their cookie still says point person.
        var pastorId = await app.UserIdAsync(church.PointPerson);
        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pastorId && m.OrganisationId == church.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, Roles.Responder)));

        Assert.Equal(["churches False", "profile False False", "home False"], await OfferedAsync(pastor, church.Id, members));
        Assert.Equal(HttpStatusCode.Forbidden, (await pastor.GetAsync(new Uri($"/Churches/Settings/Members/{church.Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_headers_church_links_follow_the_roles_held_now_not_the_sign_in_cookie()
    {
        var churches = new ChurchesClient(app);
        var church = await churches.OnboardAsync("37402");
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        Assert.Equal(["/Churches/Feed", "/ChurchNeeds", "/Churches/Settings", "/Offers"], await ChurchLinksAsync(pastor));

        // Made a plain responder of the church (by an operator, in the database); their cookie still says point person.
        var pastorId = await app.UserIdAsync(church.PointPerson);
        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pastorId && m.OrganisationId == church.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, Roles.Responder)));

        Assert.Equal(["/Churches/Feed", "/ChurchNeeds"], await ChurchLinksAsync(pastor));
        Assert.Equal(HttpStatusCode.Forbidden, (await pastor.GetAsync(new Uri("/Offers", UriKind.Relative))).StatusCode);

        // Then out of the church altogether: no church link is left in the header.
        await app.QueryAsync(db => db.Memberships.Where(m => m.UserId == pastorId && m.OrganisationId == church.Id).ExecuteDeleteAsync());

        Assert.Empty(await ChurchLinksAsync(pastor));
    }

    /// <summary>The header's links to the church pages (feed, needs, settings, standing offers), in the header's order.</summary>
    private static async Task<string[]> ChurchLinksAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/Notifications", UriKind.Relative));
        var start = page.IndexOf("aria-label=\"Main\"", StringComparison.Ordinal);
        var header = page[start..page.IndexOf("</nav>", start, StringComparison.Ordinal)];
        string[] church = ["/Churches/Feed", "/ChurchNeeds", "/Churches/Settings", "/Offers"];
        return [.. church.Where(href => header.Contains($"href=\"{href}\"", StringComparison.Ordinal))];
    }

    /// <summary>Whether the churches page, the church's profile (its admin links, its edit form) and the home offer the links of one who runs the church.</summary>
    private static async Task<string[]> OfferedAsync(HttpClient client, int church, string link)
    {
        var list = await client.GetStringAsync(new Uri("/Churches", UriKind.Relative));
        var profile = await client.GetStringAsync(new Uri($"/Churches/Profile/{church}", UriKind.Relative));
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        return [$"churches {list.Contains(link, StringComparison.Ordinal)}",
            $"profile {profile.Contains(link, StringComparison.Ordinal)} {profile.Contains("What your church says of itself", StringComparison.Ordinal)}",
            $"home {home.Contains(link, StringComparison.Ordinal)}"];
    }

    /// <summary>What only a church's point person (or, for some, a team leader) does, each answered as "name status".</summary>
    private async Task<string[]> ChurchCallsAsync(HttpClient client, int church, int team, int request, string responder)
    {
        var calls = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("responders", () => client.GetAsync(new Uri($"/api/churches/{church}/responders", UriKind.Relative))),
            ("teams page", () => client.GetAsync(new Uri($"/Churches/Settings/Teams/{church}", UriKind.Relative))),
            ("team settings", () => client.PutAsJsonAsync($"/api/churches/{church}/teams/{team}", new TeamSettingInput(true, ["clothing"]), Json.Options)),
            ("forward", () => client.PostAsJsonAsync($"/api/requests/{request}/forwards", new ForwardInput(church, [responder]), Json.Options)),
            ("share", () => client.PostAsJsonAsync($"/api/requests/{request}/share", new ShareInput(church, 1), Json.Options)),
            ("offer", () => new Offers.OffersClient(client).SendAsync(Offers.OffersClient.Offer(app) with { ChurchId = church })),
        };
        var answers = new List<string>();
        foreach (var (name, call) in calls)
        {
            answers.Add($"{name} {(int)(await call()).StatusCode}");
        }

        return [.. answers];
    }

    private async Task<int> CreateTeamAsync(HttpClient pastor, int church)
    {
        var page = $"/Churches/Settings/Teams/{church}";
        var team = $"Closet {Guid.NewGuid():N}"[..15];
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pastor, page, $"{page}?handler=Create", new Dictionary<string, string> { ["Name"] = team })).StatusCode);
        return await app.QueryAsync(db => db.Organisations.Where(o => o.ParentId == church && o.Name == team).Select(o => o.Id).SingleAsync());
    }

    /// <summary>The church view's flags: whether the person leads the church's answer (forwards, asks nearby churches) and is its point person.</summary>
    private static async Task<(bool Leads, bool PointPerson)> LeadsAsync(HttpClient client, int request)
    {
        var view = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/requests/{request}/church-view", UriKind.Relative), Json.Options);
        return (view.GetProperty("leads").GetBoolean(), view.GetProperty("isPointPerson").GetBoolean());
    }

    private async Task<HttpResponseMessage> NameLeaderAsync(HttpClient pastor, string page, int teamId, string email) =>
        await Forms.PostAsync(pastor, page, $"{page}?handler=Leader", new Dictionary<string, string> { ["teamId"] = $"{teamId}", ["userId"] = await app.UserIdAsync(email) });

    private static async Task<HttpStatusCode[]> StatusesAsync(HttpClient client, IEnumerable<string> paths)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var path in paths)
        {
            statuses.Add((await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        return [.. statuses];
    }

    private Task<int> ReadsAsync(int request) => app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == request));
}

public sealed class RolesTakenAwayTests_Sqlite(SqliteApp app) : RolesTakenAwayTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class RolesTakenAwayTests_Postgres(PostgresApp app) : RolesTakenAwayTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// Who may use the church side of a request, endpoint by endpoint: the committed church, another church it reached, a church
/// it never reached, the committed church's responder not assigned, the request's caseworker, a caseworker of another office.
/// A church the request never reached learns nothing of it (404) on every endpoint and page; after it closes, only the church
/// that committed still reads it (the public part, not the private details).
/// </summary>
public abstract class ChurchAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Each_role_gets_what_the_matrix_says_on_the_church_endpoints()
    {
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37402");
        var reached = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        await churches.OnboardAsync("37405");
        var never = await churches.OnboardAsync("37409");
        var pastor = await app.ClientForAsync(committed.PointPerson);
        var responderEmail = $"unassigned.{Guid.NewGuid():N}@church.example";
        var responder = await churches.InviteAsync(pastor, committed.Id, responderEmail, "Una");
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).StatusCode);

        var people = new Dictionary<string, string>
        {
            ["committed"] = committed.PointPerson, ["reached"] = reached.PointPerson, ["never"] = never.PointPerson,
            ["responder"] = responderEmail, ["caseworker"] = agency.Caseworker, ["other-office"] = DemoPeople.OtherCaseworker,
        };
        var id = request.Id;
        (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] matrix =
        [
            ("committed", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("reached", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("responder", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("never", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("other-office", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("committed", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.OK),
            ("reached", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.Forbidden),
            ("responder", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.Forbidden),
            ("never", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.OK),
            ("other-office", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.NotFound),
            ("committed", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.Forbidden),
            ("never", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.OK),
            ("other-office", "GET", $"/api/requests/{id}/threads", null, HttpStatusCode.NotFound),
            ("other-office", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.NotFound),
            ("responder", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.Forbidden),
            ("reached", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.BadRequest),
            ("never", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.Forbidden),
            ("committed", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.OK),
            ("responder", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.Forbidden),
            ("never", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
            ("other-office", "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
            ("reached", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.Conflict),
            ("never", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.Forbidden),
            ("other-office", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, null), HttpStatusCode.NotFound),
            ("other-office", "POST", $"/api/requests/{id}/forwards", new ForwardInput(null, [responder.UserId]), HttpStatusCode.NotFound),
            ("committed", "POST", $"/api/requests/{id}/deliveries", new DeliveryInput(null, "Dropped off."), HttpStatusCode.OK),
            ("reached", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("responder", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("never", "GET", $"/api/requests/{id}", null, HttpStatusCode.NotFound),
            ("never", "GET", $"/api/requests/{id}/history", null, HttpStatusCode.NotFound),
            ("never", "GET", $"/api/requests/{id}/claims", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.OK),
            ("never", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.NotFound),
            ("never", "POST", $"/api/requests/{id}/messages", new MessageInput(null, "Can we help?"), HttpStatusCode.NotFound),
            ("never", "POST", $"/api/requests/{id}/responses", new ResponseInput(null, null, null), HttpStatusCode.NotFound),
            ("never", "POST", $"/api/requests/{id}/assignments", new AssignmentInput(responder.UserId), HttpStatusCode.NotFound),
            ("never", "GET", $"/api/requests/{id}/recipients", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/Churches/Request/{id}", null, HttpStatusCode.OK),
            ("never", "GET", $"/Churches/Request/{id}", null, HttpStatusCode.NotFound),
            ("never", "GET", $"/Churches/Request/{id}?handler=Private", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/Requests/Details/{id}", null, HttpStatusCode.Redirect),
            ("never", "GET", $"/Requests/Details/{id}", null, HttpStatusCode.NotFound),
            ("never", "GET", $"/Requests/Details/{id}?handler=Private", null, HttpStatusCode.NotFound),
            // Follow and pray (issue #19): the people of a church it reached; public page: they and its agency staff.
            ("reached", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.OK),
            ("reached", "DELETE", $"/api/requests/{id}/follow", null, HttpStatusCode.OK),
            ("responder", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.OK),
            ("committed", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.OK),
            ("never", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.NotFound),
            ("never", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.NotFound),
            ("caseworker", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.Forbidden),
            ("caseworker", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.Forbidden),
            ("other-office", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.NotFound),
            ("other-office", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.NotFound),
            ("caseworker", "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.OK),
            ("reached", "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.OK),
            ("never", "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.NotFound),
            ("other-office", "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.NotFound),
        ];
        var wrong = await MismatchesAsync(people, matrix);
        wrong.AddRange(await ListedAsync(people, id, ["committed", "reached", "responder", "caseworker"]));

        // Paused for a while: every church it reached still reads it.
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{id}/pause", new NoteInput(null), Json.Options)).StatusCode);
        wrong.AddRange(await MismatchesAsync(people,
        [
            ("reached", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("reached", "GET", $"/Churches/Request/{id}", null, HttpStatusCode.OK),
            ("never", "GET", $"/api/requests/{id}", null, HttpStatusCode.NotFound),
            ("reached", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.OK),
            ("reached", "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.Conflict),
        ]));
        // The list's form of the rule and the single read's agree while it is paused too.
        wrong.AddRange(await ListedAsync(people, id, ["committed", "reached", "responder", "caseworker"]));

        // Closed as met: the church that committed still sees what it met (not the private details); the others learn nothing of it.
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsJsonAsync($"/api/requests/{id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: [Needs.ChildOutcomes[0]], Rating: 5), Json.Options)).StatusCode);
        (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] closed =
        [
            ("committed", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("committed", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("committed", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.OK),
            ("committed", "GET", $"/Churches/Request/{id}", null, HttpStatusCode.OK),
            ("committed", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.Forbidden),
            ("responder", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("reached", "GET", $"/api/requests/{id}", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/Churches/Request/{id}", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/Requests/Details/{id}", null, HttpStatusCode.NotFound),
            ("reached", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.NotFound),
            ("never", "GET", $"/api/requests/{id}", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("committed", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.Conflict),
            ("committed", "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.Conflict),
            ("reached", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.NotFound),
        ];
        wrong.AddRange(await MismatchesAsync(people, closed));
        wrong.AddRange(await ListedAsync(people, id, ["committed", "responder", "caseworker"]));
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// A responder of two churches the request reached, assigned by the church that committed, then removed from it: the
    /// assignment ends with the membership, so the other church's reach does not carry the private details on.
    /// </summary>
    [Fact]
    public async Task Removing_a_responder_ends_their_assignments_so_they_read_no_private_details_through_another_church()
    {
        await churches.RetireAllAsync();
        var committed = await churches.OnboardAsync("37402");
        var reached = await churches.OnboardAsync("37403");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2);
        var pastor = await app.ClientForAsync(committed.PointPerson);
        var otherPastor = await app.ClientForAsync(reached.PointPerson);
        var email = $"two.churches.{Guid.NewGuid():N}@church.example";
        var responder = await churches.InviteAsync(pastor, committed.Id, email, "Tess");
        await churches.InviteAsync(otherPastor, reached.Id, email, "Tess");
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/responses", new ResponseInput(null, null, null), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await pastor.PostAsJsonAsync($"/api/requests/{request.Id}/assignments", new AssignmentInput(responder.UserId), Json.Options)).StatusCode);
        var client = await app.ClientForAsync(email);
        var whileAssigned = (await client.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative))).StatusCode;

        Assert.Equal(HttpStatusCode.NoContent, (await pastor.DeleteAsync(new Uri($"/api/churches/{committed.Id}/responders/{responder.UserId}", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, whileAssigned);
        // Still a reader of the request through the other church, never of its private details.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/requests/{request.Id}", UriKind.Relative))).StatusCode);
        await RequestsClient.ProblemAsync(await client.GetAsync(new Uri($"/api/requests/{request.Id}/private", UriKind.Relative)), HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.QueryAsync(db => db.ResponderAssignments.CountAsync(a => a.UserId == responder.UserId)));
    }

    /// <summary>
    /// A church's application (applied, or declined) is read and listed for the platform admins who decide on it and the person
    /// who applied, no one else (404: nothing of it is known); an approved church is read by everyone signed in.
    /// </summary>
    [Fact]
    public async Task Applications_are_read_by_the_platform_admin_and_the_applicant_only()
    {
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var tag = Guid.NewGuid().ToString("N")[..8];
        var applicant = $"applicant.{tag}@church.example";
        var applied = await anonymous.PostAsJsonAsync("/api/churches/applications",
            new ChurchInput($"Applicant {tag}", "37403", null, ["food"], applicant, "Ann Applicant"), Json.Options);
        var application = (await applied.Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Id;
        var declinedApplicant = $"declined.{tag}@church.example";
        var declined = (await (await anonymous.PostAsJsonAsync("/api/churches/applications",
            new ChurchInput($"Declined {tag}", "37403", null, ["food"], declinedApplicant, "Dee Declined"), Json.Options))
            .Content.ReadFromJsonAsync<ChurchView>(Json.Options))!.Id;
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PostAsJsonAsync($"/api/churches/{declined}/decline", new DeclineInput("Not a church."), Json.Options)).StatusCode);
        var (approved, _) = await churches.OnboardAsync("37402");
        var people = new Dictionary<string, string>
        {
            ["applicant"] = applicant, ["declined-applicant"] = declinedApplicant, ["other-church"] = DemoPeople.PointPerson,
            ["caseworker"] = DemoPeople.Caseworker, ["admin"] = DemoPeople.PlatformAdmin,
        };

        var wrong = await MismatchesAsync(people,
        [
            ("applicant", "GET", $"/api/churches/{application}", null, HttpStatusCode.OK),
            ("admin", "GET", $"/api/churches/{application}", null, HttpStatusCode.OK),
            ("other-church", "GET", $"/api/churches/{application}", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/churches/{application}", null, HttpStatusCode.NotFound),
            ("declined-applicant", "GET", $"/api/churches/{application}", null, HttpStatusCode.NotFound),
            ("declined-applicant", "GET", $"/api/churches/{declined}", null, HttpStatusCode.OK),
            ("admin", "GET", $"/api/churches/{declined}", null, HttpStatusCode.OK),
            ("other-church", "GET", $"/api/churches/{declined}", null, HttpStatusCode.NotFound),
            ("caseworker", "GET", $"/api/churches/{declined}", null, HttpStatusCode.NotFound),
            ("applicant", "GET", $"/api/churches/{approved}", null, HttpStatusCode.OK),
            ("other-church", "GET", $"/api/churches/{approved}", null, HttpStatusCode.OK),
            ("caseworker", "GET", $"/api/churches/{approved}", null, HttpStatusCode.OK),
        ]);
        foreach (var (who, email) in people)
        {
            var listed = (await (await app.ClientForAsync(email)).GetFromJsonAsync<List<ChurchView>>("/api/churches", Json.Options))!.Select(c => c.Id).ToList();
            if (listed.Contains(application) != (who is "admin" or "applicant") || listed.Contains(declined) != (who is "admin" or "declined-applicant")
                || !listed.Contains(approved))
            {
                wrong.Add($"{who} GET /api/churches lists the application {listed.Contains(application)}, the declined {listed.Contains(declined)}, the approved {listed.Contains(approved)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// A tier-2 (relational) request (issue #19, item 4): in the church it reached, the people its agency approved read and answer
    /// it; a person of the same church without a current approval (never approved, or approved until yesterday) learns nothing
    /// of it (404 everywhere, as for a request never sent to them) and does not find it in their list; a church with nobody
    /// approved is never sent it.
    /// </summary>
    [Fact]
    public async Task Tier_two_requests_are_read_and_answered_only_by_the_people_the_agency_approved()
    {
        await churches.RetireAllAsync();
        var tiers = new Tiers.TiersClient(app);
        var church = await churches.OnboardAsync("37402");
        var unapprovedChurch = await churches.OnboardAsync("37403");
        var agency = await tiers.AgencyAsync(radius: 15, churches: 5);
        var pastor = await app.ClientForAsync(church.PointPerson);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (approved, unapproved, expired) = ($"approved.{tag}@church.example", $"unapproved.{tag}@church.example", $"expired.{tag}@church.example");
        await churches.InviteAsync(pastor, church.Id, approved, "Ann Approved");
        await churches.InviteAsync(pastor, church.Id, unapproved, "Una Unapproved");
        var lapsed = await churches.InviteAsync(pastor, church.Id, expired, "Eli Expired");
        await tiers.ApproveAsync(agency, church.PointPerson);
        await tiers.ApproveAsync(agency, approved);
        var now = app.Clock.GetUtcNow();
        await app.QueryAsync(async db =>
        {
            var agencyAdmin = await db.Users.Where(u => u.Email == agency.Admin).Select(u => u.Id).SingleAsync();
            db.ResponderApprovals.Add(new ResponderApproval
            {
                AgencyId = agency.Id, UserId = lapsed.UserId, CheckedOn = DateOnly.FromDateTime(now.UtcDateTime.AddYears(-1)), ExpiresOn = DateOnly.FromDateTime(now.UtcDateTime),
                ExpiresAt = now.AddMinutes(-1), ApprovedById = agencyAdmin, ApprovedAt = now.AddYears(-1),
            });
            return await db.SaveChangesAsync();
        });
        var request = await tiers.OpenAsync(agency, "37402", tier: 2);
        var id = request.Id;
        var people = new Dictionary<string, string>
        {
            ["approved-pastor"] = church.PointPerson, ["approved"] = approved, ["unapproved"] = unapproved, ["expired"] = expired,
            ["other-church"] = unapprovedChurch.PointPerson, ["caseworker"] = agency.People.Caseworker,
        };
        var matrix = new List<(string Who, string Method, string Path, object? Body, HttpStatusCode Expected)>
        {
            ("approved-pastor", "POST", $"/api/requests/{id}/responses", new ResponseInput(null, null, null), HttpStatusCode.OK),
            ("approved-pastor", "GET", $"/api/requests/{id}/private", null, HttpStatusCode.OK),
            ("approved", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
            ("approved", "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.OK),
            ("approved", "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.OK),
            ("approved", "GET", $"/Churches/Request/{id}", null, HttpStatusCode.OK),
            ("approved", "GET", $"/Requests/Details/{id}", null, HttpStatusCode.Redirect),
            ("approved", "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.OK),
            ("approved", "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.OK),
            ("caseworker", "GET", $"/api/requests/{id}", null, HttpStatusCode.OK),
        };
        foreach (var who in new[] { "unapproved", "expired", "other-church" })
        {
            matrix.AddRange(
            [
                (who, "GET", $"/api/requests/{id}", null, HttpStatusCode.NotFound),
                (who, "GET", $"/api/requests/{id}/church-view", null, HttpStatusCode.NotFound),
                (who, "GET", $"/api/requests/{id}/private", null, HttpStatusCode.NotFound),
                (who, "GET", $"/api/requests/{id}/messages", null, HttpStatusCode.NotFound),
                (who, "POST", $"/api/requests/{id}/messages", new MessageInput(null, "Can we help?"), HttpStatusCode.NotFound),
                (who, "POST", $"/api/requests/{id}/responses", new ResponseInput(null, null, null), HttpStatusCode.NotFound),
                (who, "PUT", $"/api/requests/{id}/follow", null, HttpStatusCode.NotFound),
                (who, "POST", $"/api/requests/{id}/prayers", null, HttpStatusCode.NotFound),
                (who, "POST", $"/api/requests/{id}/public-link", null, HttpStatusCode.NotFound),
                (who, "POST", $"/api/requests/{id}/share", new ShareInput(null, 1), HttpStatusCode.NotFound),
                (who, "GET", $"/Churches/Request/{id}", null, HttpStatusCode.NotFound),
                (who, "GET", $"/Churches/Request/{id}?handler=Private", null, HttpStatusCode.NotFound),
                (who, "GET", $"/Requests/Details/{id}", null, HttpStatusCode.NotFound),
            ]);
        }

        var wrong = await MismatchesAsync(people, [.. matrix]);
        wrong.AddRange(await ListedAsync(people, id, ["approved-pastor", "approved", "caseworker"]));
        Assert.Equal([church.Id], (await churches.RecipientsAsync(id, agency.People.Caseworker)).Select(r => r.ChurchId));
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private async Task<List<string>> MismatchesAsync(Dictionary<string, string> people, (string Who, string Method, string Path, object? Body, HttpStatusCode Expected)[] matrix)
    {
        var wrong = new List<string>();
        foreach (var (who, method, path, body, expected) in matrix)
        {
            var client = await app.ClientForAsync(people[who]);
            var response = method switch
            {
                "GET" => await client.GetAsync(new Uri(path, UriKind.Relative)),
                "PUT" => await client.PutAsJsonAsync(path, body, Json.Options),
                "DELETE" => await client.DeleteAsync(new Uri(path, UriKind.Relative)),
                _ => await client.PostAsJsonAsync(path, body, Json.Options),
            };
            if (response.StatusCode != expected)
            {
                wrong.Add($"{who} {method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        return wrong;
    }

    /// <summary>Whether each person's request list names the request: only those who may read it.</summary>
    private async Task<List<string>> ListedAsync(Dictionary<string, string> people, int id, string[] readers)
    {
        var wrong = new List<string>();
        foreach (var (who, email) in people)
        {
            var listed = (await (await app.ClientForAsync(email)).GetFromJsonAsync<List<RequestView>>("/api/requests", Json.Options))!.Any(r => r.Id == id);
            if (listed != readers.Contains(who))
            {
                wrong.Add($"{who} GET /api/requests lists it: {listed}");
            }
        }

        return wrong;
    }
}

public sealed class ChurchAuthorizationMatrixTests_Sqlite(SqliteApp app) : ChurchAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchAuthorizationMatrixTests_Postgres(PostgresApp app) : ChurchAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;

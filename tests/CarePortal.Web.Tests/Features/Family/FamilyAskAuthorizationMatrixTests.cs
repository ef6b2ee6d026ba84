using System.Net;
using CarePortal.Web.Features.Family;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Family;

/// <summary>
/// Every role against the family-ask action (/Family/Ask/{id}, its page and its post), on a request closed as met: the
/// request's closers may ask, its other readers are refused (403), everyone else learns nothing of it (404); a refused post
/// sends nothing. A second link within Family:AskAgainAfter is refused with a sentence (429), then allowed.
/// </summary>
public abstract class FamilyAskAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly string[] Closers = [DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.CountyRepresentative, DemoPeople.AgencyAdmin];

    private static readonly string[] OtherReaders = [DemoPeople.RegionalManager, DemoPeople.PlatformAdmin];

    /// <summary>Other offices and regions, and the demo churches, which this request (closed without routing) never reached.</summary>
    private static readonly string[] Strangers =
    [
        DemoPeople.Caseworker2, DemoPeople.OtherRegionalManager, DemoPeople.OtherSupervisor, DemoPeople.OtherCaseworker, DemoPeople.FarPointPerson,
        DemoPeople.PointPerson, DemoPeople.TeamLeader, DemoPeople.Responder,
    ];

    [Fact]
    public async Task Every_role_gets_exactly_its_right_to_ask_the_family_and_a_new_link_waits_a_day()
    {
        var id = await FamilyClient.ClosedRequestAsync(app);
        var mismatches = new List<string>();
        foreach (var person in Closers.Concat(OtherReaders).Concat(Strangers))
        {
            var expected = Closers.Contains(person) ? HttpStatusCode.OK : OtherReaders.Contains(person) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
            var client = await Forms.SignedInAsync(app, person);
            var page = (await client.GetAsync($"/Family/Ask/{id}")).StatusCode;
            if (page != expected)
            {
                mismatches.Add($"{person} GET /Family/Ask: expected {(int)expected}, got {(int)page}");
            }

            if (!Closers.Contains(person))
            {
                // The token of a page the person may see, as a forged form would carry.
                var token = Forms.TokenIn(await client.GetStringAsync("/Notifications/Preferences"));
                var post = (await client.PostAsync($"/Family/Ask/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["Form.Consent"] = "true", ["Form.Channel"] = "text", ["Form.Phone"] = "(615) 555-0192", ["Form.Language"] = "en",
                }))).StatusCode;
                if (post != expected)
                {
                    mismatches.Add($"{person} POST /Family/Ask: expected {(int)expected}, got {(int)post}");
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(0, await app.QueryAsync(db => db.Set<FamilyAsk>().CountAsync(a => a.CareRequestId == id)));

        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(caseworker, id, "text", phone: "(615) 555-0192")).StatusCode);
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        var again = await FamilyClient.AskAsync(supervisor, id, "email", email: "family@example.com");
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Contains("The family was sent a link lately: send another from ", System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.Set<FamilyAsk>().CountAsync(a => a.CareRequestId == id)));

        app.Clock.Advance(TimeSpan.FromHours(24));
        supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        Assert.Equal(HttpStatusCode.Redirect, (await FamilyClient.AskAsync(supervisor, id, "email", email: "family@example.com")).StatusCode);
        Assert.Equal(2, await app.QueryAsync(db => db.Set<FamilyAsk>().CountAsync(a => a.CareRequestId == id)));
    }
}

public sealed class FamilyAskAuthorizationMatrixTests_Sqlite(SqliteApp app) : FamilyAskAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

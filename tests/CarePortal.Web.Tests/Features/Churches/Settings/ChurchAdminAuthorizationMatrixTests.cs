using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches.Settings;

/// <summary>
/// Every church admin page and action × every demo role, about Grace Church Knoxville: its point person and a platform admin
/// run it (a post with bad input gets 400: past the check, nothing changed); anyone else signed in is refused (403); the
/// profile is read by everyone signed in; someone signed out is sent to sign in.
/// </summary>
public abstract class ChurchAdminAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly string[] Everyone =
    [
        DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.CountyRepresentative, DemoPeople.RegionalManager, DemoPeople.AgencyAdmin,
        DemoPeople.PointPerson, DemoPeople.FarPointPerson, DemoPeople.TeamLeader, DemoPeople.Responder, DemoPeople.PlatformAdmin,
    ];

    private static readonly string[] Runners = [DemoPeople.PointPerson, DemoPeople.PlatformAdmin];

    [Fact]
    public async Task Each_role_gets_exactly_its_rights_on_every_church_admin_page_and_action()
    {
        var grace = await app.QueryAsync(db => db.Churches.Where(c => c.Organisation!.Name == "Grace Church Knoxville").Select(c => c.Id).SingleAsync());
        var team = await app.QueryAsync(db => db.Organisations.Where(o => o.ParentId == grace).Select(o => o.Id).FirstAsync());
        var bad = new Dictionary<string, string> { ["Zip"] = "x", ["Name"] = "", ["Email"] = "x", ["userId"] = "nobody", ["needs"] = "pony", ["About"] = new string('a', 1001) };
        (string Method, string Path, Func<string, HttpStatusCode> Expected)[] cells =
        [
            ("GET", $"/Churches/Settings/{grace}", p => Runners.Contains(p) ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
            ("GET", $"/Churches/Settings/Members/{grace}", p => Runners.Contains(p) ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
            ("GET", $"/Churches/Settings/Teams/{grace}", p => Runners.Contains(p) ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
            ("GET", $"/Churches/Profile/{grace}", _ => HttpStatusCode.OK),
            ("GET", "/Churches/Settings", p => p is DemoPeople.PointPerson or DemoPeople.FarPointPerson ? HttpStatusCode.OK : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Settings/{grace}", p => Runners.Contains(p) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Settings/Members/{grace}?handler=Invite", p => Runners.Contains(p) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Settings/Members/{grace}?handler=Remove&userId=nobody", p => Runners.Contains(p) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Settings/Teams/{grace}?handler=Create", p => Runners.Contains(p) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Settings/Teams/{grace}?handler=Leader&teamId={team}", p => Runners.Contains(p) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Settings/Teams/{grace}?handler=Settings&teamId={team}", p => Runners.Contains(p) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
            ("POST", $"/Churches/Profile/{grace}", p => Runners.Contains(p) ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden),
        ];
        var wrong = new List<string>();
        foreach (var person in Everyone)
        {
            var client = await Forms.SignedInAsync(app, person);
            foreach (var (method, path, expected) in cells)
            {
                var response = method == "GET" ? await client.GetAsync(new Uri(path, UriKind.Relative)) : await Forms.PostAsync(client, "/", path, bad);
                if (response.StatusCode != expected(person))
                {
                    wrong.Add($"{person} {method} {path}: {(int)response.StatusCode}, expected {(int)expected(person)}");
                }
            }
        }

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var (_, path, _) in cells.Where(c => c.Method == "GET"))
        {
            var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.Redirect || !response.Headers.Location!.OriginalString.Contains("/Accounts/Login", StringComparison.Ordinal))
            {
                wrong.Add($"anonymous GET {path}: {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}

public sealed class ChurchAdminAuthorizationMatrixTests_Sqlite(SqliteApp app) : ChurchAdminAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchAdminAuthorizationMatrixTests_Postgres(PostgresApp app) : ChurchAdminAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features;

/// <summary>Every page renders for the people who use it, over every demo request.</summary>
public abstract class PagesTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Every_page_renders_for_caseworker_supervisor_and_regional_manager()
    {
        var requests = await app.QueryAsync(db => db.Requests.Select(r => new { r.Id, r.State }).ToListAsync());
        var draft = requests.First(r => r.State == RequestState.Draft).Id;
        var failures = new List<string>();

        foreach (var person in new[] { DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.RegionalManager })
        {
            var client = await Forms.SignedInAsync(app, person);
            string[] pages =
            [
                "/", "/Requests", "/Requests/Create", "/Approvals", "/Organisations", $"/Requests/Edit/{draft}",
                .. requests.Select(r => $"/Requests/Details/{r.Id}"),
                .. requests.Select(r => $"/Requests/Details/{r.Id}?handler=Private"),
            ];
            foreach (var page in pages)
            {
                var status = (await client.GetAsync(new Uri(page, UriKind.Relative))).StatusCode;
                var visible = status is HttpStatusCode.OK or HttpStatusCode.NotFound;
                if (!visible)
                {
                    failures.Add($"{person} {page}: {(int)status}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Home_and_sign_in_render_for_anyone()
    {
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Accounts/Login", UriKind.Relative))).StatusCode);
    }
}

public sealed class PagesTests_Sqlite(SqliteApp app) : PagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PagesTests_Postgres(PostgresApp app) : PagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;

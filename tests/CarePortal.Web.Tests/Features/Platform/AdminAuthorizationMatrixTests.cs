using System.Net;
using CarePortal.Web.Features.AuditLog;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Platform;

/// <summary>
/// Each admin page of the platform and agency settings, and each of its actions, × every role (issue #16 item 5): the platform
/// admin's pages open for the platform admin alone (anyone else is sent to the "not allowed" page); an agency's settings for its
/// agency admin and the platform admin (anyone else: 403). A refused action changes nothing.
/// </summary>
public abstract class AdminAuthorizationMatrixTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Theory]
    [MemberData(nameof(EveryRole.People), MemberType = typeof(EveryRole))]
    public async Task Each_admin_page_and_action_answers_each_role_as_the_matrix_says(string person)
    {
        var agency = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var client = await Forms.SignedInAsync(app, person);
        var platform = person == DemoPeople.PlatformAdmin;
        var settings = platform || person == DemoPeople.AgencyAdmin;
        // Changes only: a view of the people page is audited as a view of their contacts (ContactViewsTests), not as a change.
        var before = await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.Action != AuditActions.ContactsViewed));

        (string Method, string Path, Dictionary<string, string>? Form, HttpStatusCode Allowed, HttpStatusCode Refused, bool May)[] matrix =
        [
            ("GET", "/Platform", null, HttpStatusCode.OK, HttpStatusCode.Redirect, platform),
            ("POST", "/Platform?handler=Pause&id=999999", new() { ["paused"] = "true" }, HttpStatusCode.NotFound, HttpStatusCode.Redirect, platform),
            ("GET", "/Platform/Onboard", null, HttpStatusCode.OK, HttpStatusCode.Redirect, platform),
            ("POST", "/Platform/Onboard", new() { ["Name"] = "" }, HttpStatusCode.BadRequest, HttpStatusCode.Redirect, platform),
            ("POST", "/Platform/Onboard?handler=AddRow", new(), HttpStatusCode.OK, HttpStatusCode.Redirect, platform),
            ("GET", "/Platform/Churches", null, HttpStatusCode.OK, HttpStatusCode.Redirect, platform),
            ("POST", "/Platform/Churches?handler=Decide&id=999999", new() { ["approve"] = "true" }, HttpStatusCode.NotFound, HttpStatusCode.Redirect, platform),
            ("POST", "/Platform/Churches?handler=Pause&id=999999", new() { ["paused"] = "true" }, HttpStatusCode.NotFound, HttpStatusCode.Redirect, platform),
            ("GET", $"/Organisations/Settings/{agency}", null, HttpStatusCode.OK, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=Approval", new(), HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=Training", new() { ["TrainingRequired"] = "false" }, HttpStatusCode.OK, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=Offices", new(), HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=Glossary", new() { ["Glossary"] = "{" }, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=Preview", new() { ["Sample"] = "" }, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=RenamePlace", new() { ["PlaceId"] = "999999", ["PlaceName"] = "X" }, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, settings),
            ("POST", $"/Organisations/Settings/{agency}?handler=RemovePlace", new() { ["PlaceId"] = "999999" }, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, settings),
            ("GET", $"/People/{agency}", null, HttpStatusCode.OK, HttpStatusCode.Forbidden, settings),
            ("POST", $"/People/{agency}?handler=Resend", new() { ["Invitation"] = "999999" }, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, settings),
            ("POST", $"/People/{agency}?handler=Revoke", new() { ["Invitation"] = "999999" }, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, settings),
            ("POST", $"/People/Person/{agency}/nobody?handler=Reactivate", new(), HttpStatusCode.NotFound, HttpStatusCode.Forbidden, settings),
        ];

        var token = Forms.TokenIn(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var wrong = new List<string>();
        foreach (var (method, path, form, allowed, refused, may) in matrix)
        {
            using var response = method == "GET"
                ? await client.GetAsync(new Uri(path, UriKind.Relative))
                : await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>(form!) { ["__RequestVerificationToken"] = token }));
            var expected = may ? allowed : refused;
            if (response.StatusCode != expected || (expected == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/Accounts/Denied", StringComparison.Ordinal) != true))
            {
                wrong.Add($"{method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.Empty(wrong);
        var audited = await app.QueryAsync(db => db.AdminActions.CountAsync(a => a.Action != AuditActions.ContactsViewed));
        Assert.Equal(before + (settings ? 1 : 0), audited);
    }
}

public sealed class AdminAuthorizationMatrixTests_Sqlite(SqliteApp app) : AdminAuthorizationMatrixTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AdminAuthorizationMatrixTests_Postgres(PostgresApp app) : AdminAuthorizationMatrixTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>A demo person of each role.</summary>
public static class EveryRole
{
    public static TheoryData<string> People => new()
    {
        DemoPeople.Caseworker, DemoPeople.Supervisor, DemoPeople.CountyRepresentative, DemoPeople.RegionalManager, DemoPeople.AgencyAdmin,
        DemoPeople.PointPerson, DemoPeople.TeamLeader, DemoPeople.Responder, DemoPeople.PlatformAdmin,
    };
}

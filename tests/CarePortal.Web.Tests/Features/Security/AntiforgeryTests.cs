using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>Every page refuses a post without the antiforgery token; agency systems with a bearer token need none.</summary>
public abstract partial class AntiforgeryTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    [Fact]
    public async Task Every_page_answers_400_to_a_post_without_the_token()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + RouteParameter().Replace(e.RoutePattern.RawText ?? "", m => m.Groups[2].Value switch
            {
                ":int" => "1",
                ":guid" => Guid.Empty.ToString(),
                _ => "x",
            }))
            .Distinct().ToList();
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var notRefused = new List<string>();
        foreach (var route in routes)
        {
            var answer = await client.PostAsync(new Uri(route, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["Note"] = "x" }));
            if (answer.StatusCode != HttpStatusCode.BadRequest)
            {
                notRefused.Add($"{route}: {(int)answer.StatusCode}");
            }
        }

        Assert.True(routes.Count >= 15, $"only {routes.Count} page routes found: {string.Join(", ", routes)}");
        Assert.Contains("/Accounts/Login", routes);
        Assert.Contains("/Requests/Create", routes);
        Assert.Empty(notRefused);
    }

    [Fact]
    public async Task Signing_out_from_the_menu_sends_the_token_and_works_and_without_it_is_refused()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var withoutToken = await client.PostAsync(new Uri("/Accounts/Logout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>()));
        var withToken = await Forms.PostAsync(client, "/Requests", "/Accounts/Logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);
    }

    [Fact]
    public async Task Bearer_token_calls_need_no_antiforgery_token_for_json_or_file_uploads()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");

        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "utilities", Descriptions.Rent, await app.UserIdAsync(DemoPeople.Supervisor)));
        var attached = await caseworker.AttachAsync(draft.Id, AttachmentKind.Bill, "bill.pdf", "application/pdf", Pdf);

        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
    }

    [Fact]
    public async Task A_cookie_signed_upload_to_the_api_needs_the_token_a_page_rendered()
    {
        var bearer = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await bearer.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "utilities", Descriptions.Rent,
            await app.UserIdAsync(DemoPeople.Supervisor)));
        var cookie = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var forged = await cookie.PostAsync(new Uri($"/api/requests/{draft.Id}/attachments", UriKind.Relative), Upload());
        var token = Forms.TokenIn(await cookie.GetStringAsync(new Uri("/Requests", UriKind.Relative)));
        using var genuine = new HttpRequestMessage(HttpMethod.Post, $"/api/requests/{draft.Id}/attachments") { Content = Upload() };
        genuine.Headers.Add("RequestVerificationToken", token);
        var fromPage = await cookie.SendAsync(genuine);

        await RequestsClient.ProblemAsync(forged, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, fromPage.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Attachments, a => a.CareRequestId == draft.Id)));
    }

    [Fact]
    public async Task A_cookie_signed_api_post_without_a_body_or_with_json_needs_the_token_and_a_bearer_token_does_not()
    {
        var churchId = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Churches.Where(c => c.Status == CarePortal.Web.Features.Churches.ChurchStatus.Approved).OrderBy(c => c.Id).Select(c => c.Id)));
        var cookie = await Forms.SignedInAsync(app, DemoPeople.PlatformAdmin);
        var before = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Churches.Where(c => c.Id == churchId).Select(c => c.Paused)));

        var forged = await cookie.PostAsync(new Uri($"/api/churches/{churchId}/pause", UriKind.Relative), null);
        var forgedJson = await cookie.PostAsync(new Uri("/api/review", UriKind.Relative), new StringContent("{\"text\":\"A coat.\",\"need\":\"clothing\"}", Encoding.UTF8, "application/json"));
        var paused = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Churches.Where(c => c.Id == churchId).Select(c => c.Paused)));
        using var genuine = new HttpRequestMessage(HttpMethod.Post, $"/api/churches/{churchId}/resume");
        genuine.Headers.Add("RequestVerificationToken", Forms.TokenIn(await cookie.GetStringAsync(new Uri("/Churches", UriKind.Relative))));
        var fromPage = await cookie.SendAsync(genuine);
        var bearer = await (await app.ClientForAsync(DemoPeople.PlatformAdmin)).PostAsync(new Uri($"/api/churches/{churchId}/resume", UriKind.Relative), null);

        await RequestsClient.ProblemAsync(forged, HttpStatusCode.BadRequest);
        await RequestsClient.ProblemAsync(forgedJson, HttpStatusCode.BadRequest);
        Assert.Equal(before, paused);
        Assert.Equal(HttpStatusCode.OK, fromPage.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
    }

    private static MultipartFormDataContent Upload()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "bill.pdf");
        form.Add(new StringContent(nameof(AttachmentKind.Bill)), "kind");
        return form;
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)((?::[a-z]+)?)[^}]*\}")]
    private static partial Regex RouteParameter();
}

public sealed class AntiforgeryTests_Sqlite(SqliteApp app) : AntiforgeryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AntiforgeryTests_Postgres(PostgresApp app) : AntiforgeryTests<PostgresApp>(app), IClassFixture<PostgresApp>;

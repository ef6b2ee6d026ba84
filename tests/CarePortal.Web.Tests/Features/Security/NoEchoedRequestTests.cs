using System.Net;
using CarePortal.Web.Features.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>
/// No error answer carries the caller's Authorization header or cookies, also in Development, where the framework's
/// exception page (which lists them) answers any exception that gets past the app's handler (issue #17 item 10). Over real
/// HTTP through the app's whole pipeline: its static-file middleware reads a disk that fails, which throws before the app's own
/// handler, so the exception reaches the framework's page as any such exception would. (The build's assets are endpoints of
/// MapStaticAssets, matched before that middleware: a path that is none of them reaches the disk.)
/// </summary>
public sealed class NoEchoedRequestTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Token = "cp_secret-token-value";
    private const string Cookie = "secret-cookie-value";

    [Theory]
    [InlineData("/api/site.json", "application/json")]
    [InlineData("/css/not-an-asset.css", "text/html")]
    [InlineData("/css/not-an-asset.css", "text/plain")]
    public async Task An_exception_past_the_apps_handler_answers_without_the_callers_headers_or_cookies(string path, string accept)
    {
        using var failing = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(FailingDisk));

        var answer = await SendAsync(failing, path, accept);
        var body = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.DoesNotContain(Token, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Cookie, body, StringComparison.Ordinal);
        Assert.Contains(NoEchoedRequest.Sentence, body, StringComparison.Ordinal);
    }

    /// <summary>The test reaches the framework's page: without the app's filter, that page does echo them.</summary>
    [Fact]
    public async Task Without_the_filter_the_frameworks_page_would_echo_the_callers_token()
    {
        using var failing = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            FailingDisk(services);
            services.RemoveAll<IDeveloperPageExceptionFilter>();
        }));

        var body = await (await SendAsync(failing, "/css/not-an-asset.css", "text/plain")).Content.ReadAsStringAsync();

        Assert.Contains(Token, body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(WebApplicationFactory<Program> site, string path, string accept)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        request.Headers.TryAddWithoutValidation("Cookie", "careportal=" + Cookie);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    private static void FailingDisk(IServiceCollection services) =>
        services.Configure<StaticFileOptions>(options => options.FileProvider = new FailingFiles());

    /// <summary>A disk that fails on every read.</summary>
    private sealed class FailingFiles : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath) => throw new IOException("The disk failed.");

        public IDirectoryContents GetDirectoryContents(string subpath) => throw new IOException("The disk failed.");

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }
}

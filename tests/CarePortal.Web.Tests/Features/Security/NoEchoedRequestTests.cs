using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Security;

/// <summary>
/// No error answer carries the caller's Authorization header or cookies, also in Development, where the framework's
/// exception page (which lists them) answers any exception that gets past the app's handler (issue #17 item 10).
/// </summary>
public sealed class NoEchoedRequestTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/api/requests/1")]
    [InlineData("/Requests")]
    public async Task The_development_exception_page_answers_without_the_callers_headers_or_cookies(string path)
    {
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Path = path;
        context.Request.Headers.Authorization = "Bearer cp_secret-token-value";
        context.Request.Headers.Cookie = "careportal=secret-cookie-value";
        context.Request.Headers.Accept = "application/json, text/html";
        var body = new MemoryStream();
        context.Response.Body = body;
        var exception = new InvalidOperationException("boom");

        // The filters the app registers run before the page writes anything; the page itself is the last "next".
        Func<ErrorContext, Task> page = _ => context.Response.WriteAsync("DEVELOPER PAGE: " + context.Request.Headers.Authorization + context.Request.Headers.Cookie);
        foreach (var filter in app.Services.GetServices<IDeveloperPageExceptionFilter>().Reverse())
        {
            var inner = page;
            page = error => filter.HandleExceptionAsync(error, inner);
        }

        await page(new ErrorContext(context, exception));
        var text = System.Text.Encoding.UTF8.GetString(body.ToArray());

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-cookie-value", text, StringComparison.Ordinal);
        Assert.Contains("Something went wrong on our side", text, StringComparison.Ordinal);
    }
}

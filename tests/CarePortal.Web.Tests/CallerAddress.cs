using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CarePortal.Web.Tests;

/// <summary>
/// The test server has no network, so no caller address: a request may name one in <see cref="Header"/>, as different
/// machines would connect from different addresses (the sign-in throttle and rate limits count per address).
/// </summary>
public sealed class CallerAddress : IStartupFilter
{
    public const string Header = "X-Test-Caller-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

using System.Net;
using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser: <c>playwright install</c> is not used), one per test
/// class. CAREPORTAL_CHROMIUM names the executable; /usr/bin/chromium by default.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CAREPORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Chromium at {executable}: apt-get install chromium (test.sh does), or set CAREPORTAL_CHROMIUM.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Without the background-networking flags Chromium floods the closed network with refused connections.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A fresh browser context (cookies, storage) signed in as this demo person, on a phone-or-laptop-sized page.</summary>
    public async Task<IPage> SignedInAsync(Uri site, string email, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(30_000); // CI runs browser tests beside other test classes on two cores: a page can take over 15 s to settle.
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Accounts/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPeople.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Signed in once the home page's document is parsed: its "load" also waits for fonts and images, which once took over
        // 30 s on a loaded CI machine (ci18c); what a test then looks at it waits for itself.
        await page.WaitForURLAsync(url => !url.Contains("/Accounts/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>axe-core's serious and critical violations on the page as it is now, one line each.</summary>
    public static async Task<List<string>> SeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }
}

/// <summary>Runs a test app on a real Kestrel port on 127.0.0.1 (the browser needs a socket), started once per app.</summary>
public static class Kestrel
{
    private static readonly ConditionalWeakTable<CarePortalApp, Uri> Sites = [];

    public static Uri SiteOf(CarePortalApp app)
    {
        lock (Sites)
        {
            if (!Sites.TryGetValue(app, out var site))
            {
                app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
                app.StartServer();
                var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                site = new Uri(address);
                Sites.Add(app, site);
            }

            return site;
        }
    }
}

using System.Text.RegularExpressions;
using CarePortal.Web.Tests.Browser;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>The dashboard in real Chromium: on a 375 px phone the charts fit and say what they show; axe-core is clean; it prints on one page.</summary>
[Trait("Tier", "Browser")]
public abstract partial class ReportsBrowserTests<TApp>(TApp app, Chromium chromium) where TApp : CarePortalApp
{
    private readonly Uri site = Kestrel.SiteOf(app);

    [Fact]
    public async Task On_a_phone_the_charts_fit_and_have_text_alternatives_and_axe_finds_nothing_serious()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin, width: 375);
        await page.GotoAsync("/Reports");

        var charts = page.Locator("svg[role=img]");
        Assert.Equal(3, await charts.CountAsync());
        foreach (var chart in await charts.AllAsync())
        {
            // Each chart is named by its title and described, row by row, by its desc; both are read by screen readers.
            var ids = (await chart.GetAttributeAsync("aria-labelledby"))!.Split(' ');
            Assert.Equal(2, ids.Length);
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator($"[id='{ids[0]}']").TextContentAsync()));
            Assert.Matches(DescribedRow(), await page.Locator($"[id='{ids[1]}']").TextContentAsync());
            var box = (await chart.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"chart from {box.X} to {box.X + box.Width} px on a 375 px screen");
        }

        // The same numbers as tables, with a CSV link each; nothing scrolls the page sideways (wide tables scroll in their own box).
        Assert.True(await page.GetByRole(AriaRole.Table, new() { Name = "By month" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Download “By month” (CSV)" }).IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, $"reports-phone-{app.ProviderName}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_agency_report_prints_on_one_page()
    {
        var page = await chromium.SignedInAsync(site, DemoPeople.AgencyAdmin);
        await page.GotoAsync("/Reports");

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });

        await File.WriteAllBytesAsync(Path.Combine(ArtifactsDirectory, $"reports-print-{app.ProviderName}.pdf"), pdf);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, $"reports-print-{app.ProviderName}.png"), FullPage = true });
        var pages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        Assert.True(pages == 1, $"the report printed on {pages} pages");
        await page.Context.CloseAsync();
    }

    private static string ArtifactsDirectory
    {
        get
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    [GeneratedRegex(@"^(No data in this range\.|[^:]{1,80}: [^.]{1,200}\.)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DescribedRow();

    [GeneratedRegex(@"/Type\s*/Page[^s]", RegexOptions.None, matchTimeoutMilliseconds: 5000)]
    private static partial Regex PdfPage();
}

public sealed class ReportsBrowserTests_Sqlite(SqliteApp app, Chromium chromium)
    : ReportsBrowserTests<SqliteApp>(app, chromium), IClassFixture<SqliteApp>, IClassFixture<Chromium>;

[Trait("Tier", "Postgres")]
public sealed class ReportsBrowserTests_Postgres(PostgresApp app, Chromium chromium)
    : ReportsBrowserTests<PostgresApp>(app, chromium), IClassFixture<PostgresApp>, IClassFixture<Chromium>;

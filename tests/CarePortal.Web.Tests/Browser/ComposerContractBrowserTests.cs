using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>
/// The composer and the server agree, in Chromium: for each draft typed into the composer, its verdict ("Ready to submit." or
/// "Submit is off: …") is what the server then does when the form is submitted over HTTP. Sizes typed in the children's rows
/// count as sizes; the bill chosen in the composer is uploaded with the draft, confirmed and listed.
/// </summary>
[Trait("Tier", "Browser")]
public sealed class ComposerContractBrowserTests(SqliteApp app, Chromium chromium) : IClassFixture<SqliteApp>, IClassFixture<Chromium>
{
    private const string NoSizeInText = "A cheerful girl who loves soccer needs warm winter clothes for the walk to school. "
        + "Her grandmother is doing a wonderful job caring for her and would love to meet the church that helps.";

    private readonly Uri site = Kestrel.SiteOf(app);

    public static TheoryData<string, bool> Drafts => new()
    {
        { "ready", true },
        { "no supervisor", false },
        { "no consent", false },
        { "confidential", false },
        { "rent without a bill", false },
        { "rent with the bill chosen", true },
    };

    private async Task<IPage> ComposeAsync(string draft)
    {
        var rent = draft.StartsWith("rent", StringComparison.Ordinal);
        var page = await chromium.SignedInAsync(site, DemoPeople.Caseworker);
        await page.GotoAsync("/Requests/Create");
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync(rent ? "rent" : "clothing");
        await page.GetByLabel("Public description").FillAsync(draft == "confidential" ? Descriptions.Confidential : rent ? Descriptions.Rent : NoSizeInText);
        await page.GetByLabel("Item 1").FillAsync(rent ? "One month of rent" : "Winter clothes");
        await page.GetByLabel("Value each").First.FillAsync("45");
        await page.GetByLabel("ZIP code").FillAsync("37917");
        await page.GetByLabel("County of the family").SelectOptionAsync(new SelectOptionValue { Label = "Knox County" });
        if (!rent)
        {
            await page.GetByLabel("Child 1: age").FillAsync("8");
            await page.GetByLabel("Gender").First.SelectOptionAsync("girl");
            await page.GetByLabel("Clothing and shoe size").First.FillAsync("8");
        }

        if (draft != "no supervisor")
        {
            await page.GetByLabel("Supervisor who approves").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }

        if (draft == "rent with the bill chosen")
        {
            await page.GetByLabel("Bill or lease").SetInputFilesAsync(new FilePayload { Name = "bill.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        }

        if (draft != "no consent")
        {
            await page.GetByLabel("The family could read this description").CheckAsync();
        }

        return page;
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public async Task The_composers_verdict_is_what_the_server_does_with_the_draft(string draft, bool ready)
    {
        var page = await ComposeAsync(draft);
        var submit = page.Locator("#submit-button");

        // The verdict about the form as it is now (any change says "checking" until its answer arrives).
        await Assertions.Expect(submit).ToHaveAttributeAsync("data-verdict", new Regex("^(ready|refused)$"));
        var verdict = await submit.GetAttributeAsync("data-verdict") == "ready";
        var said = await page.Locator("#submit-reason").InnerTextAsync();
        await page.EvalOnSelectorAsync("#composer-form", "f => f.requestSubmit(document.getElementById('submit-button'))");
        await page.WaitForURLAsync(url => !url.EndsWith("/Requests/Create", StringComparison.Ordinal));
        var landed = Regex.Match(page.Url, "/Requests/Details/([0-9]+)$", RegexOptions.None, TimeSpan.FromSeconds(1));
        var accepted = landed.Success && await app.QueryAsync(db => db.Requests.Where(r => r.Id == int.Parse(landed.Groups[1].Value)).Select(r => r.State).SingleAsync()) != RequestState.Draft;

        Assert.Equal(ready, verdict);
        Assert.Equal(verdict, accepted);
        Assert.Equal(verdict, said == "Ready to submit.");
        Assert.True(verdict || said.StartsWith("Submit is off:", StringComparison.Ordinal), said);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sizes_in_the_childrens_rows_count_as_sizes_and_a_missing_supervisor_is_said_at_its_field()
    {
        var page = await ComposeAsync("no supervisor");

        await Assertions.Expect(page.Locator("#supervisor-error")).ToHaveTextAsync("Name the supervisor who approves this request.");
        await Assertions.Expect(page.Locator("#details-check")).ToContainTextAsync("Nothing missing that the review can see.");
        await page.GetByLabel("Clothing and shoe size").First.FillAsync("");
        await Assertions.Expect(page.Locator("#details-check")).ToContainTextAsync("Missing: clothing sizes");
        await page.GetByLabel("Supervisor who approves").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Assertions.Expect(page.Locator("#supervisor-error")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#submit-reason")).ToHaveTextAsync("Ready to submit.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_bill_chosen_in_the_composer_is_uploaded_with_the_draft_confirmed_and_listed()
    {
        var page = await ComposeAsync("rent with the bill chosen");
        await Assertions.Expect(page.Locator("#submit-reason")).ToHaveTextAsync("Ready to submit.");

        await page.Locator("#submit-button").ClickAsync();
        await page.WaitForURLAsync(new Regex("/Requests/Details/[0-9]+$"));

        await Assertions.Expect(page.Locator(".usa-alert--success")).ToContainTextAsync("Attached bill.pdf as a bill.");
        await Assertions.Expect(page.Locator("#attached")).ToContainTextAsync("a bill");
        await page.Context.CloseAsync();
    }
}

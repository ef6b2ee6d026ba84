using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace CarePortal.Web.Tests.Browser;

/// <summary>The composer and the approval queue in a real browser (Debian's Chromium), with axe-core's accessibility check.</summary>
[Trait("Tier", "Browser")]
public abstract partial class ComposerBrowserTests<TApp>(TApp app, Chromium chromium) where TApp : CarePortalApp
{
    private const string Typed = "Maria Lopez is a hard-working mom whose children are home again after a TTV. Call her at 865-555-0134. "
        + "She needs a gas card to drive them to school each week.";

    // Started before anything else touches the app: Kestrel must be chosen before the host is built.
    private readonly Uri site = Kestrel.SiteOf(app);

    private Uri Site => site;

    private static string ArtifactsDirectory
    {
        get
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>The request API as this person, on the Kestrel port (the factory's own clients assume port 80 once Kestrel serves).</summary>
    private async Task<RequestsClient> ApiAsync(string email)
    {
        var http = new HttpClient { BaseAddress = Site };
        http.DefaultRequestHeaders.Authorization = (await app.ClientForAsync(email)).DefaultRequestHeaders.Authorization;
        return new RequestsClient(http);
    }

    private async Task<RequestState> StateAsync(int id) => await app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());

    [Fact]
    public async Task Caseworker_writes_with_the_composer_fixes_every_finding_and_the_supervisor_approves_the_gas_card()
    {
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker);
        await page.GotoAsync("/Requests/Create");
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("transportation");
        var description = page.GetByLabel("Public description");
        await description.PressSequentiallyAsync(Typed, new() { Delay = 2 });

        // Each problem is highlighted in place and explained in the panel, grouped by practice.
        var marks = page.Locator(".mirror mark");
        await Assertions.Expect(marks).ToHaveTextAsync(["Maria Lopez", "after a TTV", "865-555-0134", "gas card"]);
        await Assertions.Expect(page.Locator("#composer-status")).ToHaveTextAsync("5 findings: 2 blocking, 2 warnings, 1 suggestion.");
        var confidential = page.Locator(".practice[data-practice='3']");
        await Assertions.Expect(confidential).ToBeVisibleAsync();
        await Assertions.Expect(confidential).ToContainTextAsync("“Maria Lopez”");
        await Assertions.Expect(confidential).ToContainTextAsync("no names, addresses or phone numbers");
        await Assertions.Expect(page.Locator(".practice[data-practice='4']")).ToContainTextAsync("Partners may not know \"after a TTV\"");
        await Assertions.Expect(page.Locator(".practice[data-practice='5']")).ToContainTextAsync("approved by your supervisor");
        await Assertions.Expect(page.Locator("#connection-prompt")).ToBeVisibleAsync();
        var submit = page.Locator("#submit-button");
        await Assertions.Expect(submit).ToHaveAttributeAsync("aria-disabled", "true");
        await Assertions.Expect(page.Locator("#submit-reason")).ToContainTextAsync("2 blocking findings remain");
        await Assertions.Expect(page.Locator("#preview .preview-card")).ToContainTextAsync("Need: transportation");
        var screenshot = Path.Combine(ArtifactsDirectory, $"composer-{app.ProviderName}.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Composer screenshot: {screenshot}");
        Console.WriteLine($"Composer screenshot: {screenshot}");
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));

        // One click per fix; the review follows the text.
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace with “Mom”" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace with “after their return home”" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an offer to meet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#composer-status")).ToHaveTextAsync("1 finding: 1 warning.");
        await Assertions.Expect(marks).ToHaveTextAsync(["gas card"]);
        var fixedText = await description.InputValueAsync();
        Assert.DoesNotContain("Maria", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("555", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("TTV", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Call her", fixedText, StringComparison.Ordinal); // the sentence with the number is taken out whole
        Assert.DoesNotContain("[", fixedText, StringComparison.Ordinal);

        // The details, then submit: on only once nothing blocks and the family's consent is confirmed.
        await Assertions.Expect(page.Locator("fieldset[data-needs]").First).ToBeHiddenAsync();
        await page.GetByLabel("Item 1").FillAsync("Gas card");
        await page.GetByLabel("Value each").First.FillAsync("40");
        await page.GetByLabel("ZIP code").FillAsync("37917");
        await page.GetByLabel("County of the family").SelectOptionAsync(new SelectOptionValue { Label = "Knox County" });
        await page.GetByLabel("Supervisor who approves").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Assertions.Expect(submit).ToHaveAttributeAsync("aria-disabled", "true");
        await page.GetByLabel("The family could read this description").CheckAsync();
        await Assertions.Expect(submit).ToHaveAttributeAsync("aria-disabled", "false");
        await Assertions.Expect(page.Locator("#preview .preview-card")).ToContainTextAsync("1 × Gas card");
        await submit.ClickAsync();
        await page.WaitForURLAsync(new Regex("/Requests/Details/[0-9]+$"));
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(RequestState.AwaitingApproval, await StateAsync(id));
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));

        // The supervisor approves from the queue with the keyboard alone.
        var supervisor = await chromium.SignedInAsync(Site, DemoPeople.Supervisor);
        await supervisor.GotoAsync("/Approvals");
        var section = supervisor.Locator($"#approval-{id}");
        await Assertions.Expect(section).ToContainTextAsync("gas-card");
        Assert.Empty(await Chromium.SeriousViolationsAsync(supervisor));
        await section.GetByLabel("Note to the caseworker").FocusAsync();
        await supervisor.Keyboard.TypeAsync("Approved: school runs matter.");
        await supervisor.Keyboard.PressAsync("Tab");
        await Assertions.Expect(section.GetByRole(AriaRole.Button, new() { Name = $"Approve request {id}" })).ToBeFocusedAsync();
        await supervisor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(supervisor.Locator($"#approval-{id}")).ToHaveCountAsync(0);
        Assert.Equal(RequestState.Open, await StateAsync(id));
        await page.Context.CloseAsync();
        await supervisor.Context.CloseAsync();
    }

    [Fact]
    public async Task Approver_returns_with_a_note_from_the_queue_by_keyboard_and_a_missing_note_is_said_and_focused()
    {
        var caseworker = await ApiAsync(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "transportation", Descriptions.GasCard, await app.UserIdAsync(DemoPeople.Supervisor)));
        await caseworker.SubmitAsync(draft.Id);
        var page = await chromium.SignedInAsync(Site, DemoPeople.Supervisor);
        await page.GotoAsync("/Approvals");

        await page.Locator($"#approval-{draft.Id}").GetByRole(AriaRole.Button, new() { Name = $"Return for changes request {draft.Id}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#queue-error")).ToBeFocusedAsync();
        await page.Locator($"#note-{draft.Id}").FocusAsync();
        await page.Keyboard.TypeAsync("Say which days she drives.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator($"#approval-{draft.Id}")).ToHaveCountAsync(0);
        Assert.Equal(RequestState.ReturnedForChanges, await StateAsync(draft.Id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Leaving_with_unsaved_text_warns_and_the_text_is_offered_back_on_return()
    {
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker2);
        await page.GotoAsync("/Requests/Create");
        await page.GetByLabel("Public description").PressSequentiallyAsync("A grandmother raising two boys needs a bunk bed.", new() { Delay = 2 });
        await page.WaitForTimeoutAsync(600);
        string? dialog = null;
        page.Dialog += async (_, d) => { dialog = d.Type; await d.AcceptAsync(); };

        await page.GotoAsync("/Requests");
        await page.GotoAsync("/Requests/Create");
        var offer = page.Locator("#restore-offer");
        await Assertions.Expect(offer).ToBeVisibleAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();

        Assert.Equal("beforeunload", dialog);
        await Assertions.Expect(page.GetByLabel("Public description")).ToHaveValueAsync("A grandmother raising two boys needs a bunk bed.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_draft_saves_itself_to_the_server_as_it_is_typed_and_shows_only_its_needs_fields()
    {
        var caseworker = await ApiAsync(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox));
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker, width: 390);
        await page.GotoAsync($"/Requests/Edit/{draft.Id}");
        await Assertions.Expect(page.Locator("fieldset[data-needs]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-size-label]").First).ToHaveTextAsync("Clothing and shoe size");

        await page.GetByLabel("Public description").FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" She loves to draw.", new() { Delay = 2 });
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Draft saved");
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("furniture");

        await Assertions.Expect(page.Locator("fieldset[data-needs]").First).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, $"composer-phone-{app.ProviderName}.png"), FullPage = true });
        Assert.EndsWith("She loves to draw.", await app.QueryAsync(db => db.Requests.Where(r => r.Id == draft.Id).Select(r => r.Description).SingleAsync()), StringComparison.Ordinal);
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Private_details_saved_from_the_edit_page_and_one_field_from_the_request_page_keep_every_other_field()
    {
        var caseworker = await ApiAsync(DemoPeople.Caseworker);
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(knox, "rent", Descriptions.Rent, await app.UserIdAsync(DemoPeople.Supervisor)));
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private",
            new PrivateDetailsInput("Blue door behind the laundromat.", "Knox Housing", "ACC-1111", 650m, "check", null, 0), Json.Options)).IsSuccessStatusCode);
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker, width: 375);

        // The edit page names the version it was filled from; its autosave keeps it current, so the save after it is no conflict.
        await page.GotoAsync($"/Requests/Edit/{draft.Id}");
        await page.GetByLabel("Account number", new() { Exact = true }).FillAsync("ACC-2222");
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Draft saved");
        await page.GetByLabel("Exact amount owed", new() { Exact = true }).FillAsync("700");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Saved request {draft.Id}")).ToBeVisibleAsync();

        // The request page's form, not filled from the stored details: only the payee typed, the rest kept.
        await page.GetByLabel("Payee (landlord, utility, daycare)").FillAsync("Elm Street Rentals");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save private details" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved the private details.")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, $"private-saved-phone-{app.ProviderName}.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"/Requests/Details/{draft.Id}?handler=Private");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsDirectory, $"private-shown-desktop-{app.ProviderName}.png"), FullPage = true });

        var stored = (await caseworker.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{draft.Id}/private", Json.Options))!;
        Assert.Equal(("Blue door behind the laundromat.", "Elm Street Rentals", "ACC-2222", 700m, "check"),
            (stored.DeliveryDirections, stored.Payee, stored.AccountNumber, stored.AmountOwed, stored.PaymentType));
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Childrens_ages_are_judged_by_the_items_typed_in_the_composer()
    {
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker);
        await page.GotoAsync("/Requests/Create");
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("furniture");

        var withoutItems = await ReviewedRulesAsync(page, "sleep on the floor", () => page.GetByLabel("Public description").FillAsync(
            "Mom is working hard and just started a new job. Her 7-year-old and 9-year-old sleep on the floor."));
        var withItems = await ReviewedRulesAsync(page, "Bunk beds", () => page.GetByLabel("Item 1").FillAsync("Bunk beds"));

        Assert.Contains("child-details-unneeded", withoutItems);
        Assert.DoesNotContain("child-details-unneeded", withItems);
        await page.Context.CloseAsync();
    }

    /// <summary>The rules of the review the composer asks for after <paramref name="act"/> (the one whose body holds <paramref name="sent"/>), as the server answered them.</summary>
    private static async Task<List<string?>> ReviewedRulesAsync(IPage page, string sent, Func<Task> act)
    {
        var answer = await page.RunAndWaitForResponseAsync(act, r => r.Url.EndsWith("/api/review", StringComparison.Ordinal)
            && r.Request.Method == "POST" && (r.Request.PostData ?? "").Contains(sent, StringComparison.Ordinal));
        var json = await answer.JsonAsync();
        return [.. json!.Value.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString())];
    }

    [Fact]
    public async Task Fixes_clicked_one_after_another_while_the_review_is_slow_all_apply()
    {
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker);
        await page.GotoAsync("/Requests/Create");
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("transportation");
        var description = page.GetByLabel("Public description");
        await description.FillAsync(Typed);
        await Assertions.Expect(page.Locator("#composer-status")).ToHaveTextAsync("5 findings: 2 blocking, 2 warnings, 1 suggestion.");

        // A busy server: each review answers a second and a half late, so every click below lands before the review of the one before.
        await page.RouteAsync("**/api/review", async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace with “Mom”" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Replace with “after their return home”" }).ClickAsync();

        await Assertions.Expect(page.Locator("#composer-status")).ToHaveTextAsync("2 findings: 1 warning, 1 suggestion.", new() { Timeout = 10_000 });
        var fixedText = await description.InputValueAsync();
        Assert.DoesNotContain("Maria", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("555", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("TTV", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", fixedText, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Private_details_move_out_of_the_description_with_one_click()
    {
        var page = await chromium.SignedInAsync(Site, DemoPeople.Caseworker);
        await page.GotoAsync("/Requests/Create");
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync("utilities");
        await page.GetByLabel("Public description").FillAsync(
            "A dad who just started a new job needs help with one electric bill so the lights stay on for his two boys. His account number is 4417-2290-15. He would love to meet the church that helps.");
        var move = page.GetByRole(AriaRole.Button, new() { Name = "Move to the private part" }).First;
        await move.ClickAsync();

        await Assertions.Expect(page.GetByLabel("Public description")).Not.ToHaveValueAsync(new Regex("4417"));
        await Assertions.Expect(page.GetByLabel("Account number")).ToHaveValueAsync(new Regex("4417-2290-15"));
        await Assertions.Expect(page.Locator("#preview .preview-card")).Not.ToContainTextAsync("4417");
        await page.Context.CloseAsync();
    }
}

public sealed class ComposerBrowserTests_Sqlite(SqliteApp app, Chromium chromium)
    : ComposerBrowserTests<SqliteApp>(app, chromium), IClassFixture<SqliteApp>, IClassFixture<Chromium>;

[Trait("Tier", "Postgres")]
public sealed class ComposerBrowserTests_Postgres(PostgresApp app, Chromium chromium)
    : ComposerBrowserTests<PostgresApp>(app, chromium), IClassFixture<PostgresApp>, IClassFixture<Chromium>;

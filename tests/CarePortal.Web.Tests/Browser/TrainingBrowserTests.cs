using System.Text.RegularExpressions;
using CarePortal.Web.Features.Training;
using CarePortal.Web.Tests.Features.Training;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace CarePortal.Web.Tests.Browser;

/// <summary>The training in Chromium: two practices, save with an email, the email over SMTP, its link on a fresh device; exit; grading; axe.</summary>
[Trait("Tier", "Browser")]
public sealed partial class TrainingBrowserTests(TrainingBrowserApp app, Chromium chromium) : IClassFixture<TrainingBrowserApp>, IClassFixture<Chromium>
{
    private static readonly TrainingModule Module = TrainingModuleTests.Load();

    [Fact]
    public async Task A_learner_goes_through_two_practices_saves_with_an_email_and_the_emailed_link_restores_the_place_on_another_device()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Training");
        await Expect(page.Locator("#save-note")).ToContainTextAsync("If you don't enter your email, your progress will not be saved");

        await CompletePracticeAsync(page, Module.Sections[0]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Next: " + Module.Sections[1].Title }).ClickAsync();
        await CompletePracticeAsync(page, Module.Sections[1]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Next: " + Module.Sections[2].Title }).ClickAsync();
        await Expect(page.Locator("#" + Module.Sections[2].Id)).ToBeVisibleAsync();
        await Expect(page.Locator("#training-progress-text")).ToHaveTextAsync("2 of 7 practices complete. You are on practice 3 of 7.");
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));

        var email = $"learner-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("Enter your email to save your progress and receive an email with a link to this page").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and email me a link" }).ClickAsync();
        await Expect(page.Locator("#save-status")).ToContainTextAsync($"We sent a link to {email}");

        await app.SendOutboxAsync();
        var message = Assert.Single(await app.Smtp.WaitForAsync(1), m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.Equal(ResumeEmail.Subject, message.Subject);
        var link = Link().Match(message.TextBody ?? "").Value;
        Assert.StartsWith(app.Site + "Training/Resume#", link, StringComparison.Ordinal);

        // A fresh browser context: no cookie, no sessionStorage. The page posts the fragment's token itself.
        var device = await NewPageAsync(width: 390);
        await device.GotoAsync(link);
        var continueButton = device.GetByRole(AriaRole.Button, new() { Name = "Continue where I stopped" });
        await Expect(continueButton).ToBeVisibleAsync();
        Assert.Empty(await Chromium.SeriousViolationsAsync(device));
        await continueButton.ClickAsync();
        await Expect(device).ToHaveURLAsync(new Regex("/Training#" + Module.Sections[2].Id + "$"));
        await Expect(device.Locator("#" + Module.Sections[2].Id)).ToBeVisibleAsync();
        await Expect(device.Locator("#" + Module.Sections[0].Id)).ToBeHiddenAsync();
        await Expect(device.Locator("#training-progress-text")).ToHaveTextAsync("2 of 7 practices complete. You are on practice 3 of 7.");
        await Expect(device.Locator("#save-status")).ToContainTextAsync("restored");
        var firstQuestion = Module.Sections[0].Check[0];
        await Expect(device.Locator($"fieldset[data-question='{firstQuestion.Id}'] input[value='{firstQuestion.Answer}']")).ToBeCheckedAsync();

        // The link worked once.
        var again = await NewPageAsync();
        await again.GotoAsync(link);
        await Expect(again.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This link has already been used");
        Assert.Empty(await Chromium.SeriousViolationsAsync(again));
    }

    [Fact]
    public async Task Leaving_asks_are_you_sure_and_says_what_will_be_lost()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Training");
        var question = Module.Sections[0].Check[0];
        await page.Locator($"fieldset[data-question='{question.Id}'] input[value='{question.Answer}']").CheckAsync();
        await page.Locator($"fieldset[data-question='{question.Id}']").GetByRole(AriaRole.Button, new() { Name = "Check answer" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Exit", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Are you sure you want to exit?" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("1 answer and 0 passed exercises");
        await Expect(dialog).ToContainTextAsync("will be lost");
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();

        // Closing the tab with unsaved progress asks the browser's own question.
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, prompt) =>
        {
            asked.TrySetResult(prompt.Type);
            await prompt.AcceptAsync();
        };
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task An_exercise_fails_on_the_flawed_text_and_passes_on_a_good_rewrite_with_the_keyboard_alone()
    {
        var page = await NewPageAsync(width: 390);
        var section = Module.Section("no-cash")!;
        var exercise = section.Exercises[0];
        await page.GotoAsync("/Training#" + section.Id);
        var box = page.Locator($"[data-exercise='{exercise.Id}']");

        await box.GetByRole(AriaRole.Button, new() { Name = "Check my rewrite" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(box.Locator(".exercise-result")).ToContainTextAsync("Not yet");
        await Expect(box.Locator(".exercise-findings li").First).ToBeVisibleAsync();
        Assert.Contains("Blocker", await box.Locator(".exercise-findings").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await Chromium.SeriousViolationsAsync(page));

        await box.GetByLabel("Your rewrite").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(exercise.Sample!);
        await page.Keyboard.TypeAsync(" ");
        await Expect(box.Locator(".exercise-result")).ToHaveTextAsync(new Regex("^Passed: no blocker or warning remains"));
    }

    [Fact]
    public async Task The_other_training_pages_have_no_serious_accessibility_violation()
    {
        var supervisor = await chromium.SignedInAsync(app.Site, DemoPeople.Supervisor);
        var failures = new List<string>();
        foreach (var path in new[] { "/Training", "/Training/Certificate", "/Training/Profile", "/Training/Team", "/Training/Resume?token=forged" })
        {
            await supervisor.GotoAsync(path);
            failures.AddRange((await Chromium.SeriousViolationsAsync(supervisor)).Select(v => $"{path}: {v}"));
        }

        var admin = await chromium.SignedInAsync(app.Site, DemoPeople.AgencyAdmin);
        await admin.GotoAsync("/Training/Settings");
        failures.AddRange((await Chromium.SeriousViolationsAsync(admin)).Select(v => $"/Training/Settings: {v}"));

        Assert.Empty(failures);
    }

    private async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Site.ToString(), ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private static async Task CompletePracticeAsync(IPage page, TrainingSection section)
    {
        var practice = page.Locator("#" + section.Id);
        await Expect(practice).ToBeVisibleAsync();
        foreach (var question in section.Check)
        {
            var fieldset = practice.Locator($"fieldset[data-question='{question.Id}']");
            await fieldset.GetByLabel(question.Choices[question.Answer], new() { Exact = true }).CheckAsync();
            await fieldset.GetByRole(AriaRole.Button, new() { Name = "Check answer" }).ClickAsync();
            await Expect(fieldset.Locator(".question-feedback")).ToContainTextAsync("Correct.");
        }

        var exercise = practice.Locator($"[data-exercise='{section.Exercises[0].Id}']");
        await exercise.GetByLabel("Your rewrite").FillAsync(section.Exercises[0].Sample!);
        await Expect(exercise.Locator(".exercise-result")).ToContainTextAsync("Passed");
        await Expect(page.Locator($"[data-toc-status='{section.Id}']")).ToHaveTextAsync("(complete)");
    }

    [GeneratedRegex(@"http://\S+/Training/Resume#[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}

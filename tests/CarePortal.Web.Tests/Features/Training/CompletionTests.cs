using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Training;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Training;

/// <summary>A signed-in learner's progress on the account, completion, the certificate, the profile, the roster and the agency setting.</summary>
public abstract class CompletionTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly TrainingModule Module = TrainingModuleTests.Load();

    /// <summary>Every question answered correctly and every practice's first exercise rewritten as its sample.</summary>
    internal static object CompleteState(TrainingModule module) => new
    {
        section = "connect",
        answers = module.Sections.SelectMany(s => s.Check).ToDictionary(q => q.Id, q => q.Answer),
        rewrites = module.Sections.ToDictionary(s => s.Exercises[0].Id, s => s.Exercises[0].Sample!),
        passed = Array.Empty<string>(),
    };

    [Fact]
    public async Task Progress_on_the_account_comes_back_on_another_device_and_the_browser_cannot_claim_passes()
    {
        var first = new TrainingClient(await Forms.SignedInAsync(app, DemoPeople.Supervisor));
        var flawed = Module.Sections[1].Exercises[0];
        var state = new
        {
            section = "strengths",
            answers = new Dictionary<string, int> { [Module.Sections[0].Check[0].Id] = Module.Sections[0].Check[0].Answer, ["no-such-question"] = 0 },
            rewrites = new Dictionary<string, string> { [flawed.Id] = flawed.Text },
            passed = new[] { flawed.Id },
        };

        var saved = await (await first.PostAsync("Progress", state)).Content.ReadFromJsonAsync<JsonElement>();
        var page = await new TrainingClient(await Forms.SignedInAsync(app, DemoPeople.Supervisor)).PageAsync();

        Assert.Empty(saved.GetProperty("state").GetProperty("passed").EnumerateArray());
        Assert.Equal(0, saved.GetProperty("completedSections").GetInt32());
        Assert.Contains("id=\"training-saved-state\"", page, StringComparison.Ordinal);
        Assert.Contains("\"section\":\"strengths\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-question", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completing_every_practice_gives_a_certificate_a_date_on_the_profile_and_a_line_in_the_supervisors_roster()
    {
        var learner = new TrainingClient(await Forms.SignedInAsync(app, DemoPeople.Caseworker));
        var certificateBefore = await learner.Http.GetStringAsync(new Uri("/Training/Certificate", UriKind.Relative));

        var response = await learner.PostAsync("Progress", CompleteState(Module));
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains("You have not completed the training yet", certificateBefore, StringComparison.Ordinal);
        Assert.Equal(7, view.GetProperty("completedSections").GetInt32());
        Assert.Equal(CarePortalApp.Start, view.GetProperty("completedAt").GetDateTimeOffset());
        var certificate = await learner.Http.GetStringAsync(new Uri("/Training/Certificate", UriKind.Relative));
        Assert.Contains("Certificate of completion", certificate, StringComparison.Ordinal);
        Assert.Contains("Casey Caseworker", certificate, StringComparison.Ordinal);
        Assert.Contains("2 November 2026", certificate, StringComparison.Ordinal);
        Assert.Contains("Completed on", await learner.Http.GetStringAsync(new Uri("/Training/Profile", UriKind.Relative)), StringComparison.Ordinal);

        var userId = await app.UserIdAsync(DemoPeople.Caseworker);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<TrainingStatus>().IsCompleteAsync(userId));
        }

        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        var roster = await supervisor.GetStringAsync(new Uri("/Training/Team", UriKind.Relative));
        Assert.Contains("Knox County Office", roster, StringComparison.Ordinal);
        Assert.Matches("Casey Caseworker</a></th>\\s*<td>caseworker</td>\\s*<td>2 November 2026</td>", roster);
        Assert.Contains("Completed on", await supervisor.GetStringAsync(new Uri($"/Training/Profile/{userId}", UriKind.Relative)), StringComparison.Ordinal);

        var regionalManager = await Forms.SignedInAsync(app, DemoPeople.RegionalManager);
        Assert.Contains("Casey Caseworker", await regionalManager.GetStringAsync(new Uri("/Training/Team", UriKind.Relative)), StringComparison.Ordinal);
        var otherManager = await Forms.SignedInAsync(app, DemoPeople.OtherRegionalManager);
        Assert.DoesNotContain("Casey Caseworker", await otherManager.GetStringAsync(new Uri("/Training/Team", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync(new Uri($"/Training/Profile/{userId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Only_supervisors_and_regional_managers_see_the_roster()
    {
        var caseworker = await Forms.SignedInAsync(app, DemoPeople.Caseworker2);

        var roster = await caseworker.GetAsync(new Uri("/Training/Team", UriKind.Relative));
        var someoneElse = await caseworker.GetAsync(new Uri($"/Training/Profile/{await app.UserIdAsync(DemoPeople.Caseworker)}", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, roster.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
    }

    [Fact]
    public async Task An_agency_can_require_the_training_before_a_first_request()
    {
        var newcomer = await app.UserIdAsync(DemoPeople.Caseworker2);
        var admin = await Forms.SignedInAsync(app, DemoPeople.AgencyAdmin);
        var settings = await admin.GetStringAsync(new Uri("/Training/Settings", UriKind.Relative));
        var agencyId = System.Text.RegularExpressions.Regex.Match(settings, "name=\"AgencyId\" value=\"(\\d+)\"").Groups[1].Value;

        bool before;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<TrainingStatus>().MustCompleteBeforeRequestAsync(newcomer);
        }

        var saved = await Forms.PostAsync(admin, "/Training/Settings", new Dictionary<string, string> { ["AgencyId"] = agencyId, ["Required"] = "true" });
        var caseworkerCannot = await Forms.PostAsync(await Forms.SignedInAsync(app, DemoPeople.Caseworker2), "/Training", "/Training/Settings",
            new Dictionary<string, string> { ["AgencyId"] = agencyId, ["Required"] = "false" });

        await using var after = app.Services.CreateAsyncScope();
        var status = after.ServiceProvider.GetRequiredService<TrainingStatus>();
        Assert.False(before);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("checked", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, caseworkerCannot.StatusCode);
        Assert.True(await status.MustCompleteBeforeRequestAsync(newcomer));
        // The Knox caseworker has written requests already: the setting asks only before a first request.
        Assert.False(await status.MustCompleteBeforeRequestAsync(await app.UserIdAsync(DemoPeople.Caseworker)));

        var newcomerClient = await Forms.SignedInAsync(app, DemoPeople.Caseworker2);
        var composerBefore = await newcomerClient.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative));
        Assert.Contains("id=\"training-required\"", composerBefore, StringComparison.Ordinal);
        Assert.Contains("href=\"/Training\"", composerBefore, StringComparison.Ordinal);

        var newcomerApi = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker2));
        var draft = await newcomerApi.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var refused = await newcomerApi.PostAsync($"/api/requests/{draft.Id}/submit", new SubmitInput(true));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("training", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await new TrainingClient(newcomerClient).PostAsync("Progress", CompleteState(Module));
        await newcomerApi.SubmitAsync(draft.Id);
        Assert.False(await status.MustCompleteBeforeRequestAsync(newcomer));
        Assert.DoesNotContain("id=\"training-required\"", await newcomerClient.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative)), StringComparison.Ordinal);
    }
}

public sealed class CompletionTests_Sqlite(SqliteApp app) : CompletionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class CompletionTests_Postgres(PostgresApp app) : CompletionTests<PostgresApp>(app), IClassFixture<PostgresApp>;

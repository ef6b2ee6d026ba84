using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using CarePortal.Web.Features.Training;
using Xunit;

namespace CarePortal.Web.Tests.Features.Training;

/// <summary>The "Learn Best Practices" page and its live grading, for anyone (no account needed to learn).</summary>
public abstract class TrainingPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static readonly TrainingModule Module = TrainingModuleTests.Load();

    [Fact]
    public async Task The_page_shows_the_seven_practices_progress_and_the_save_prompt_to_anyone()
    {
        var page = await new TrainingClient(app.CreateClient()).PageAsync();

        Assert.Contains(HtmlEncoder.Default.Encode("Module 2 – Learn Best Practices"), page, StringComparison.Ordinal);
        foreach (var section in Module.Sections)
        {
            Assert.Contains($"id=\"{section.Id}\"", page, StringComparison.Ordinal);
            Assert.Contains(HtmlEncoder.Default.Encode(section.Title), page, StringComparison.Ordinal);
        }

        Assert.Contains("<progress id=\"training-progress\"", page, StringComparison.Ordinal);
        Assert.Contains("Enter your email to save your progress and receive an email with a link to this page", page, StringComparison.Ordinal);
        Assert.Contains("If you don't enter your email, your progress will not be saved", page, StringComparison.Ordinal);
        Assert.Contains("Are you sure you want to exit?", page, StringComparison.Ordinal);
        Assert.Matches("/js/training(\\.[0-9a-z]+)?\\.js", page); // fingerprinted when served by MapStaticAssets
    }

    [Fact]
    public async Task The_script_and_styles_are_served()
    {
        var client = app.CreateClient();

        var script = await client.GetAsync(new Uri("/js/training.js", UriKind.Relative));
        var styles = await client.GetAsync(new Uri("/css/training.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_learner_is_told_progress_stays_on_the_account()
    {
        var page = await new TrainingClient(await Forms.SignedInAsync(app, DemoPeople.Caseworker)).PageAsync();

        Assert.Contains("your progress is kept on your account", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"save-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flawed_description_fails_with_its_findings_explained_and_a_good_rewrite_passes()
    {
        var client = new TrainingClient(app.CreateClient());
        var exercise = Module.Section("confidential")!.Exercises[0];

        var flawed = await client.GradeAsync(exercise.Id, exercise.Text);
        var rewrite = await client.GradeAsync(exercise.Id, exercise.Sample!);

        Assert.False(flawed.GetProperty("passed").GetBoolean());
        var blocker = flawed.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("severity").GetString() == "blocker");
        Assert.StartsWith("confidential-", blocker.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Practice 3: ", blocker.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.True(rewrite.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task Grading_refuses_an_unknown_exercise_a_text_too_long_and_a_post_without_the_page_token()
    {
        var client = new TrainingClient(app.CreateClient());

        var unknown = await client.PostAsync("Grade", new { exerciseId = "no-such", text = "Hello." });
        var tooLong = await client.PostAsync("Grade", new { exerciseId = "credibility-1", text = new string('a', TrainingGrader.MaxTextLength + 1) });
        var forged = await app.CreateClient().PostAsync(new Uri("/Training?handler=Grade", UriKind.Relative), JsonContent.Create(new { exerciseId = "credibility-1", text = "Hello." }));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}

public sealed class TrainingPageTests_Sqlite(SqliteApp app) : TrainingPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TrainingPageTests_Postgres(PostgresApp app) : TrainingPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

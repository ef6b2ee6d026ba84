using System.Net;
using System.Net.Http.Json;
using CarePortal.Review;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

public abstract class ReviewTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Composer_review_returns_the_findings_with_spans_before_anything_is_saved()
    {
        var client = await app.ClientForAsync(DemoPeople.Caseworker);

        var answer = await client.PostAsJsonAsync("/api/review", new ReviewInput(Descriptions.Confidential, "clothing"), Json.Options);

        var review = (await answer.Content.ReadFromJsonAsync<ReviewView>(Json.Options))!;
        Assert.Equal(Verdict.NeedsChanges, review.Verdict);
        var names = review.Findings.Where(f => f.Rule == "confidential-name").Select(f => Descriptions.Confidential.Substring(f.Start, f.Length));
        Assert.Equal(new[] { "Jane Smith", "Tyler" }, names);
    }

    [Fact]
    public async Task Composer_review_says_who_must_approve_a_gas_card()
    {
        var client = await app.ClientForAsync(DemoPeople.Caseworker);

        var review = await (await client.PostAsJsonAsync("/api/review", new ReviewInput(Descriptions.GasCard, "transportation"), Json.Options))
            .Content.ReadFromJsonAsync<ReviewView>(Json.Options);

        Assert.Equal((Verdict.NeedsApproval, Approver.Supervisor), (review!.Verdict, review.Approver));
    }

    [Fact]
    public async Task Composer_review_refuses_an_unknown_need_and_anonymous_callers()
    {
        var client = await app.ClientForAsync(DemoPeople.Caseworker);

        var unknown = await client.PostAsJsonAsync("/api/review", new ReviewInput("A coat.", "pony"), Json.Options);
        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/review", new ReviewInput("A coat.", "clothing"), Json.Options);

        await RequestsClient.ProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Composer_review_judges_childrens_ages_by_the_items_asked_for()
    {
        const string text = "Mom is working hard and just started a new job. Her 7-year-old and 9-year-old sleep on the floor.";
        var client = await app.ClientForAsync(DemoPeople.Caseworker);

        var without = await RulesAsync(await client.PostAsJsonAsync("/api/review", new ReviewInput(text, "furniture"), Json.Options));
        var with = await RulesAsync(await client.PostAsJsonAsync("/api/review", new ReviewInput(text, "furniture", ["Bunk beds", "Two mattresses"]), Json.Options));
        var tooLong = await client.PostAsJsonAsync("/api/review", new ReviewInput(text, "furniture", [new string('x', RequestLimits.ItemNameLength + 1)]), Json.Options);

        Assert.Contains("child-details-unneeded", without);
        Assert.DoesNotContain("child-details-unneeded", with);
        var problem = await RequestsClient.ProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.Contains("at most 200 characters", problem.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> RulesAsync(HttpResponseMessage answer) =>
        [.. (await answer.Content.ReadFromJsonAsync<ReviewView>(Json.Options))!.Findings.Select(f => f.Rule)];

    [Fact]
    public async Task Create_page_carries_the_composer()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var page = await client.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative));
        var script = await client.GetStringAsync(new Uri("/js/composer.js", UriKind.Relative));

        Assert.Contains("/js/composer.js", page, StringComparison.Ordinal);
        Assert.Contains("/api/review", script, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Description\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"submit-reason\"", page, StringComparison.Ordinal);
    }
}

public sealed class ReviewTests_Sqlite(SqliteApp app) : ReviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReviewTests_Postgres(PostgresApp app) : ReviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;

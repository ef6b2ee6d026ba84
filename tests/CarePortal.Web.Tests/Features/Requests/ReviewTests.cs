using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
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

    /// <summary>
    /// The create page loads the composer, and the composer's code (the module and every module it imports, comments taken out)
    /// posts the description to the review; the review answers what the composer sends, with findings for the page to mark.
    /// </summary>
    [Fact]
    public async Task Create_page_carries_the_composer()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var page = await client.GetStringAsync(new Uri("/Requests/Create", UriKind.Relative));
        // The module by the address the page links (fingerprinted by MapStaticAssets), and every module it imports.
        var script = Regex.Match(page, "<script type=\"module\" src=\"(/js/composer(?:\\.[0-9a-z]+)?\\.js)\"></script>", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(script.Success, "The create page loads no composer module.");
        var code = await ModulesAsync(client, script.Groups[1].Value);
        var answer = await (await app.ClientForAsync(DemoPeople.Caseworker)).PostAsJsonAsync("/api/review",
            new { text = Descriptions.Confidential, need = "clothing", items = new[] { "Winter coat" } }, Json.Options);

        Assert.Matches(new Regex(@"fetch\(""/api/review"",\s*\{\s*method:\s*""POST""", RegexOptions.None, TimeSpan.FromSeconds(1)), code);
        Assert.Contains("id=\"Form_Description\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"submit-reason\"", page, StringComparison.Ordinal);
        Assert.Contains("confidential-name", await RulesAsync(answer));
    }

    /// <summary>The module's code and that of every module it imports, in turn, without comments.</summary>
    private static async Task<string> ModulesAsync(HttpClient client, string first)
    {
        var imports = new Regex("""^import [^;]* from "(?<path>[^"]+)";""", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        var comments = new Regex("""/\*.*?\*/|(?<=^|\s)//[^\n]*""", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        var read = new HashSet<string>();
        var code = new System.Text.StringBuilder();
        var next = new Queue<string>([first]);
        while (next.TryDequeue(out var path))
        {
            if (!read.Add(path))
            {
                continue;
            }

            var text = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            code.AppendLine(comments.Replace(text, ""));
            foreach (Match import in imports.Matches(text))
            {
                next.Enqueue(new Uri(new Uri("http://x" + path), import.Groups["path"].Value).AbsolutePath);
            }
        }

        return code.ToString();
    }
}

public sealed class ReviewTests_Sqlite(SqliteApp app) : ReviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ReviewTests_Postgres(PostgresApp app) : ReviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;

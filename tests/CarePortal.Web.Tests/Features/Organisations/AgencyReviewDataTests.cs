using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Organisations;

/// <summary>
/// An agency's glossary additions are used where it counts (issue #16 item 2), not only in the settings preview: on submit,
/// on approval and in the composer, for that agency's requests and writers alone.
/// </summary>
public abstract class AgencyReviewDataTests<TApp>(TApp app) where TApp : CarePortalApp
{
    /// <summary>The agency's own parenting class: to the reviewer alone, a capitalised word after "attends" is a person's name.</summary>
    private const string Program = "Harmon";

    private const string Description = "A cheerful 8-year-old girl who loves soccer needs a warm winter coat, size 8, for the walk to school. "
        + $"Her grandmother attends {Program} every week and would love to meet the church that helps.";

    private static readonly string Glossary = JsonSerializer.Serialize(new { terms = new[] { new { term = Program, replacement = "a parenting class", plain = "the agency's parenting class" } } });

    [Fact]
    public async Task A_term_in_an_agencys_glossary_changes_the_verdict_on_submit_and_in_the_composer_for_that_agency_only()
    {
        var dcs = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == "Department of Children's Services").Select(o => o.Id).SingleAsync());
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var knox = await DemoPlaces.CountyIdAsync(app, "Knox County");
        var before = await caseworker.CreateAsync(RequestsClient.Draft(knox, description: Description, supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var other = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var stranger = new RequestsClient(await app.ClientForAsync(other.Caseworker));
        var theirs = await stranger.CreateAsync(RequestsClient.Draft(other.CountyId, description: Description));
        Assert.Contains("confidential-name", Rules(await RequestsClient.ProblemAsync(await caseworker.PostAsync($"/api/requests/{before.Id}/submit", new SubmitInput(true)), HttpStatusCode.UnprocessableEntity)));

        var set = await (await app.ClientForAsync(DemoPeople.AgencyAdmin)).PutAsJsonAsync($"/api/organisations/{dcs}/glossary", new ReviewDataInput(Glossary));

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.SubmitAsync(before.Id)).State);
        var refused = Rules(await RequestsClient.ProblemAsync(await stranger.PostAsync($"/api/requests/{theirs.Id}/submit", new SubmitInput(true)), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("confidential-name", refused);
        Assert.Equal(("jargon", true), await ComposerAsync(caseworker));
        Assert.Equal(("confidential-name", false), await ComposerAsync(stranger));
        var approver = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        Assert.Equal(RequestState.Open, (await RequestsClient.OkAsync(approver.PostAsync($"/api/approvals/{before.Id}/approve", new NoteInput(null)))).State);
    }

    /// <summary>What the composer says of <see cref="Program"/> to this writer, and whether the description could be submitted.</summary>
    private static async Task<(string Rule, bool Submittable)> ComposerAsync(RequestsClient writer)
    {
        var response = await writer.PostAsync("/api/review", new ReviewInput(Description, "clothing", ["Winter coat, size 8"]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("findings").EnumerateArray().ToList();
        var rule = findings.Single(f => f.GetProperty("text").GetString() == Program).GetProperty("rule").GetString()!;
        return (rule, findings.All(f => f.GetProperty("severity").GetString() != "blocker"));
    }

    private static List<string> Rules(JsonElement problem) =>
        [.. problem.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("text").GetString() == Program).Select(f => f.GetProperty("rule").GetString()!)];
}

public sealed class AgencyReviewDataTests_Sqlite(SqliteApp app) : AgencyReviewDataTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class AgencyReviewDataTests_Postgres(PostgresApp app) : AgencyReviewDataTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>The church feed's GET filters (need, county, distance, day reached) and sorts (newest, nearest, deadline), as a phone without script sends them.</summary>
public abstract partial class FeedFilterTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task The_feed_filters_by_need_county_distance_and_day_and_sorts_newest_nearest_and_by_deadline()
    {
        await churches.RetireAllAsync();
        var (church, pastorEmail) = await churches.OnboardAsync("37402", ["clothing", "bed"], radius: 30);
        var near = await OpenAsync("clothing", "37402", Urgency.Normal);
        var far = await OpenAsync("bed", "37421", Urgency.Critical);
        var pastor = await ChurchPeople.SignedInAsync(app, pastorEmail);
        var miles = await app.QueryAsync(db => db.RequestRecipients.Where(r => r.ChurchId == church).ToDictionaryAsync(r => r.CareRequestId, r => r.Miles));
        var farCounty = await app.QueryAsync(db => db.Requests.Where(r => r.Id == far.Id).Select(r => r.CountyId).SingleAsync());

        Assert.True(miles[near.Id] < miles[far.Id] && miles[far.Id] > 5, $"{miles[near.Id]} / {miles[far.Id]}");
        Assert.Equal([far.Id, near.Id], await ShownAsync(pastor, ""));
        Assert.Equal([near.Id, far.Id], await ShownAsync(pastor, "?sort=nearest"));
        Assert.Equal([far.Id, near.Id], await ShownAsync(pastor, "?sort=deadline"));
        Assert.Equal([far.Id], await ShownAsync(pastor, "?need=bed"));
        Assert.Equal([far.Id], await ShownAsync(pastor, $"?county={farCounty}"));
        Assert.Equal([near.Id], await ShownAsync(pastor, "?within=5"));
        Assert.Equal([far.Id, near.Id], await ShownAsync(pastor, $"?since={CarePortalApp.Start:yyyy-MM-dd}"));
        Assert.Empty(await ShownAsync(pastor, $"?since={CarePortalApp.Start.AddDays(1):yyyy-MM-dd}"));
        Assert.Equal([near.Id], await ShownAsync(pastor, "?need=clothing&within=5&sort=deadline"));
    }

    [Fact]
    public async Task A_filter_value_outside_the_choices_is_said_beside_its_field_and_the_feed_shown_without_it()
    {
        var pastor = await Forms.SignedInAsync(app, DemoPeople.PointPerson);

        var response = await pastor.GetAsync(new Uri("/Churches/Feed?need=pony&within=7&sort=sideways", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"filter-need-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-within-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"filter-sort-error\"", page, StringComparison.Ordinal);
        Assert.Contains("Choose a need from the list.", page, StringComparison.Ordinal);
    }

    private async Task<RequestView> OpenAsync(string need, string zip, Urgency urgency)
    {
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        await churches.SetReachAsync(agency.CountyId, 30, 5);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, need) with { Zip = zip, Urgency = urgency });
        var opened = await caseworker.SubmitAsync(draft.Id);
        Assert.Equal(RequestState.Open, opened.State);
        return opened;
    }

    private static async Task<List<int>> ShownAsync(HttpClient client, string query) =>
        [.. RequestLink().Matches(await client.GetStringAsync($"/Churches/Feed{query}")).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"href=""/Churches/Request/(\d+)\?churchId=", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequestLink();
}

public sealed class FeedFilterTests_Sqlite(SqliteApp app) : FeedFilterTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class FeedFilterTests_Postgres(PostgresApp app) : FeedFilterTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Training;
using Xunit;

namespace CarePortal.Web.Tests.Features.Training;

/// <summary>The reviewer is warmed up on the training exercises after a start, in the background, and the app serves reviews meanwhile and after.</summary>
public sealed class ReviewerWarmUpTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task After_a_start_the_reviewer_is_warmed_up_on_the_training_exercises_and_reviews_are_answered()
    {
        var caseworker = await app.ClientForAsync(DemoPeople.Caseworker);
        var during = await caseworker.PostAsJsonAsync("/api/review", new { text = "A mom needs a crib for her baby.", need = "baby-items" });

        await ReviewerWarmUp.Warm.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var after = await caseworker.PostAsJsonAsync("/api/review", new { text = "Maria needs a crib for her baby.", need = "baby-items" });

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("confidential-name", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

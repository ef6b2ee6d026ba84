using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>"2 of 4 coats": churches share an item's quantity; the rest stays needed for the others, and no item is over-committed.</summary>
public abstract class PartialQuantityTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task Two_churches_share_the_coats_and_each_sees_what_is_still_needed()
    {
        var (request, first, second) = await OpenAsync(coats: 4);
        var coat = request.Items.Single().Id;

        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(first, request.Id, coat, 2)).StatusCode);
        var seenByOther = Assert.Single(await ClaimsAsync(second, request.Id));
        Assert.Equal((false, 2, 0), (seenByOther.BeingMet, seenByOther.StillNeeded, seenByOther.YourChurchGives));

        var tooMany = await AnswerAsync(second, request.Id, coat, 3);
        var problem = await RequestsClient.ProblemAsync(tooMany, HttpStatusCode.Conflict);
        Assert.Contains("Only 2 of 4 × Winter coat are still needed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(second, request.Id, coat, 2)).StatusCode);

        var met = Assert.Single(await ClaimsAsync(first, request.Id));
        Assert.Equal((true, 0, 2), (met.BeingMet, met.StillNeeded, met.YourChurchGives));
        var none = await RequestsClient.ProblemAsync(await AnswerAsync(first, request.Id, coat, 1), HttpStatusCode.Conflict);
        Assert.Contains("Another church is already meeting Winter coat", none.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "church-responded").Select(n => n.TextBody).ToListAsync());
        Assert.Equal(2, told.Count(t => t!.Contains("2 of 4 × Winter coat", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_churches_asking_for_the_last_coats_at_once_never_commit_more_than_were_asked_for()
    {
        for (var round = 0; round < 3; round++)
        {
            var (request, first, second) = await OpenAsync(coats: 3);
            var coat = request.Items.Single().Id;

            var answers = await ChurchesClient.AnswerTogetherAsync(request.Id,
                (first, new ResponseInput(null, null, null, [new ItemQuantity(coat, 2)])), (second, new ResponseInput(null, null, null, [new ItemQuantity(coat, 2)])));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal(2, await app.QueryAsync(db => db.ItemClaims.Where(c => c.RequestItemId == coat).SumAsync(c => c.Quantity)));
        }
    }

    [Fact]
    public async Task On_the_church_page_a_point_person_gives_part_of_a_quantity()
    {
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 1, items: [new ItemInput("Winter coat", 4, 45m)]);
        var pastor = await ChurchPeople.SignedInAsync(app, church.PointPerson);
        var page = $"/Churches/Request/{request.Id}";
        var coat = request.Items.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var html = await pastor.GetStringAsync(page);
        Assert.Contains($"id=\"give-{coat}\"", html, StringComparison.Ordinal);

        var answered = await Forms.PostAsync(pastor, page, $"{page}?handler=Respond",
            new Dictionary<string, string> { ["all"] = "false", ["giveItem"] = coat, ["give"] = "1" });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.ItemClaims.Where(c => c.CareRequestId == request.Id).SumAsync(c => c.Quantity)));
        Assert.Contains("4 × Winter coat: 3 still needed", WebUtility.HtmlDecode(await pastor.GetStringAsync(page)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_clashes_with_another_save_every_time_is_refused_in_words_and_saves_nothing()
    {
        var (request, first, _) = await OpenAsync(coats: 2);
        var coat = request.Items.Single().Id;
        using var rivalled = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddScoped<IRequestChangeListener, RivalWriter>()));
        using var church = rivalled.CreateClient();
        church.DefaultRequestHeaders.Authorization = first.DefaultRequestHeaders.Authorization;

        var problem = await RequestsClient.ProblemAsync(await AnswerAsync(church, request.Id, coat, 1), HttpStatusCode.Conflict);

        Assert.Contains("answer again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.ItemClaims.CountAsync(c => c.CareRequestId == request.Id)));
        Assert.Equal(0, await app.QueryAsync(db => db.Notifications.CountAsync(n => n.CareRequestId == request.Id && n.Kind == "church-responded")));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(first, request.Id, coat, 1)).StatusCode);
    }

    private async Task<(RequestView Request, HttpClient First, HttpClient Second)> OpenAsync(int coats)
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, _) = await churches.OpenAsync("37402", radius: 5, churches: 2, items: [new ItemInput("Winter coat", coats, 45m)]);
        return (request, await app.ClientForAsync(first.PointPerson), await app.ClientForAsync(second.PointPerson));
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient church, int requestId, int itemId, int quantity) =>
        church.PostAsJsonAsync($"/api/requests/{requestId}/responses", new ResponseInput(null, null, null, [new ItemQuantity(itemId, quantity)]), Json.Options);

    private static async Task<List<ItemClaimView>> ClaimsAsync(HttpClient church, int requestId) =>
        (await church.GetFromJsonAsync<List<ItemClaimView>>($"/api/requests/{requestId}/claims", Json.Options))!;

    /// <summary>Another writer that saves the request just before each answer is saved: every attempt of the answer clashes.</summary>
    private sealed class RivalWriter(IServiceScopeFactory scopes) : IRequestChangeListener
    {
        public async Task ChangingAsync(CareRequest request, RequestChange change, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Requests.Where(r => r.Id == request.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        }
    }
}

public sealed class PartialQuantityTests_Sqlite(SqliteApp app) : PartialQuantityTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PartialQuantityTests_Postgres(PostgresApp app) : PartialQuantityTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>
/// Two people saving the private details of one request: each save names the version it was read at, a save from an older
/// version answers 409 with both versions and changes nothing, and what is stored is always one person's whole save.
/// </summary>
public abstract class PrivateDetailsConcurrencyTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private static PrivateDetailsInput Caseworkers(int version) => new("Blue door behind the laundromat.", "Knox Housing", "ACC-1111", 650m, "check", null, version);

    private static PrivateDetailsInput Supervisors(int version) => new("Ring twice; the bell is broken.", "Elm Street Rentals", "ACC-2222", 700m, "card", "Pay at the front office.", version);

    private async Task<(RequestsClient Caseworker, RequestsClient Supervisor, int Id)> DraftAsync()
    {
        var caseworker = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var supervisor = new RequestsClient(await app.ClientForAsync(DemoPeople.Supervisor));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), "rent", Descriptions.Rent,
            await app.UserIdAsync(DemoPeople.Supervisor)));
        return (caseworker, supervisor, draft.Id);
    }

    private static Task<HttpResponseMessage> SaveAsync(RequestsClient client, int id, PrivateDetailsInput input) =>
        client.Http.PutAsJsonAsync($"/api/requests/{id}/private", input, Json.Options);

    private static async Task<PrivateDetailsView> ReadAsync(RequestsClient client, int id) =>
        (await client.Http.GetFromJsonAsync<PrivateDetailsView>($"/api/requests/{id}/private", Json.Options))!;

    private static (string?, string?, string?, decimal?, string?, string?) Fields(PrivateDetailsView v) =>
        (v.DeliveryDirections, v.Payee, v.AccountNumber, v.AmountOwed, v.PaymentType, v.HowToPayDirectly);

    private static (string?, string?, string?, decimal?, string?, string?) Fields(PrivateDetailsInput v) =>
        (v.DeliveryDirections, v.Payee, v.AccountNumber, v.AmountOwed, v.PaymentType, v.HowToPayDirectly);

    private static (string?, string?, string?, decimal?, string?, string?) Fields(JsonElement v) =>
        (v.GetProperty("deliveryDirections").GetString(), v.GetProperty("payee").GetString(), v.GetProperty("accountNumber").GetString(),
            v.GetProperty("amountOwed").GetDecimal(), v.GetProperty("paymentType").GetString(),
            v.GetProperty("howToPayDirectly").ValueKind == JsonValueKind.Null ? null : v.GetProperty("howToPayDirectly").GetString());

    [Fact]
    public async Task A_save_from_an_older_version_answers_409_with_both_versions_and_changes_nothing_then_saves_once_it_names_theirs()
    {
        var (caseworker, supervisor, id) = await DraftAsync();
        var none = await ReadAsync(caseworker, id);

        var first = await SaveAsync(caseworker, id, Caseworkers(none.Version));
        var stale = await SaveAsync(supervisor, id, Supervisors(none.Version));
        var afterConflict = await ReadAsync(caseworker, id);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        var problem = await RequestsClient.ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal(Fields(Supervisors(0)), Fields(problem.GetProperty("yours")));
        Assert.Equal(Fields(Caseworkers(0)), Fields(problem.GetProperty("theirs")));
        Assert.Equal(afterConflict.Version, problem.GetProperty("theirs").GetProperty("version").GetInt32());
        Assert.Equal(Fields(Caseworkers(0)), Fields(afterConflict));

        // Having seen theirs, the supervisor saves again naming their version: the whole of it replaces the caseworker's.
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(supervisor, id, Supervisors(afterConflict.Version))).StatusCode);
        var saved = await ReadAsync(caseworker, id);
        Assert.Equal(Fields(Supervisors(0)), Fields(saved));
        Assert.True(saved.Version > afterConflict.Version);
        // The supervisor was shown the caseworker's details in the conflict: that is a read of them, audited.
        var supervisorId = await app.UserIdAsync(DemoPeople.Supervisor);
        Assert.Equal(1, await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == id && r.UserId == supervisorId)));
    }

    [Fact]
    public async Task A_save_naming_no_version_over_saved_details_answers_409_with_the_current_version_and_neither_undoes_nor_clears_them()
    {
        var (caseworker, supervisor, id) = await DraftAsync();
        // The first save names no version: there is nothing to overwrite.
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(caseworker, id, Caseworkers(0) with { Version = null })).StatusCode);
        var read = await ReadAsync(caseworker, id);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(supervisor, id, Supervisors(read.Version))).StatusCode);
        var current = await ReadAsync(supervisor, id);

        // The caseworker's stale copy, and a save naming one field, both without a version.
        var staleCopy = await SaveAsync(caseworker, id, Caseworkers(0) with { Version = null });
        var oneField = await SaveAsync(caseworker, id, new PrivateDetailsInput(null, "Knox Housing", null, null, null, null));

        foreach (var answer in new[] { staleCopy, oneField })
        {
            var problem = await RequestsClient.ProblemAsync(answer, HttpStatusCode.Conflict);
            Assert.Equal(current.Version, problem.GetProperty("theirs").GetProperty("version").GetInt32());
            Assert.Equal(Fields(Supervisors(0)), Fields(problem.GetProperty("theirs")));
            Assert.Contains("version", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(Fields(Supervisors(0)), Fields(await ReadAsync(caseworker, id)));
        // Naming the version it read now, the caseworker's save replaces the supervisor's, as any save does.
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(caseworker, id, Caseworkers(current.Version))).StatusCode);
        Assert.Equal(Fields(Caseworkers(0)), Fields(await ReadAsync(supervisor, id)));
    }

    [Fact]
    public async Task Two_people_saving_at_once_from_the_same_version_one_saves_the_other_gets_409_never_500_never_a_mix()
    {
        var wrong = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            var (caseworker, supervisor, id) = await DraftAsync();
            // Rounds 0-2 race the first save (no row yet); 3-5 race an update of a saved row.
            var version = 0;
            if (round >= 3)
            {
                Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(caseworker, id, new PrivateDetailsInput("Old directions.", "Old payee", "ACC-0", 1m, "cash", "Old.", 0))).StatusCode);
                version = (await ReadAsync(caseworker, id)).Version;
            }

            using var start = new SemaphoreSlim(0);
            var both = new[] { (caseworker, Caseworkers(version)), (supervisor, Supervisors(version)) }.Select(s => Task.Run(async () =>
            {
                await start.WaitAsync();
                return await SaveAsync(s.Item1, id, s.Item2);
            })).ToList();
            start.Release(2);
            var answers = await Task.WhenAll(both);
            var stored = Fields(await ReadAsync(caseworker, id));

            var statuses = answers.Select(a => (int)a.StatusCode).Order().ToList();
            if (!statuses.SequenceEqual([204, 409]))
            {
                wrong.Add($"round {round}: {string.Join(", ", statuses)} {string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync())))}");
                continue;
            }

            var winner = answers[0].StatusCode == HttpStatusCode.NoContent ? Caseworkers(0) : Supervisors(0);
            var loser = await RequestsClient.ProblemAsync(answers.Single(a => a.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
            if (stored != Fields(winner) || Fields(loser.GetProperty("theirs")) != Fields(winner))
            {
                wrong.Add($"round {round}: stored {stored}, expected the whole of {Fields(winner)}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task The_page_shows_a_conflicting_save_with_their_version_and_keeps_yours_in_the_form()
    {
        var (caseworker, _, id) = await DraftAsync();
        var page = $"/Requests/Details/{id}";
        var supervisor = await Forms.SignedInAsync(app, DemoPeople.Supervisor);
        var opened = await supervisor.GetStringAsync(new Uri($"{page}?handler=Private", UriKind.Relative));
        Assert.Contains("name=\"Details.Version\"", opened, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(caseworker, id, Caseworkers(0))).StatusCode);

        var response = await Forms.PostAsync(supervisor, $"{page}?handler=Private", $"{page}?handler=Private", new Dictionary<string, string>
        {
            ["Details.Version"] = "0", ["Details.Payee"] = "Elm Street Rentals", ["Details.AccountNumber"] = "ACC-2222",
        });
        var shown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved", shown, StringComparison.Ordinal);
        Assert.Contains("ACC-1111", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"ACC-2222\"", shown, StringComparison.Ordinal);
        Assert.Equal(Fields(Caseworkers(0)), Fields(await ReadAsync(caseworker, id)));
    }
}

public sealed class PrivateDetailsConcurrencyTests_Sqlite(SqliteApp app) : PrivateDetailsConcurrencyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PrivateDetailsConcurrencyTests_Postgres(PostgresApp app) : PrivateDetailsConcurrencyTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Text.Json;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>
/// The composer's verdict is the server's answer: for each draft, what the readiness check says ("ready", or its reasons) is
/// what submitting the same form then does (accepted, or refused), and nothing is saved by asking.
/// </summary>
public sealed class ComposerReadinessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>Drafts by name: what changes from a clothing draft that is ready (a supervisor, a child's row with a size, consent).</summary>
    public static TheoryData<string, bool> Drafts => new()
    {
        { "ready", true },
        { "no supervisor", false },
        { "no consent", false },
        { "no child rows", false },
        { "confidential", false },
        { "no items", false },
        { "rent without a bill", false },
        { "rent with the bill sent along", true },
        { "gas card with its supervisor", true },
    };

    private async Task<Dictionary<string, string>> FieldsAsync(string draft)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Need"] = "clothing", ["Form.Tier"] = "1", ["Form.Description"] = Descriptions.Ready, ["Form.CountyId"] = $"{await DemoPlaces.CountyIdAsync(app, "Knox County")}",
            ["Form.Zip"] = "37917", ["Form.Urgency"] = "Normal", ["Form.SupervisorId"] = await app.UserIdAsync(DemoPeople.Supervisor),
            ["Form.Items[0].Name"] = "Winter coat", ["Form.Items[0].Quantity"] = "1", ["Form.Items[0].UnitValue"] = "45",
            ["Form.Children[0].Age"] = "8", ["Form.Children[0].Gender"] = "girl", ["Form.Children[0].Size"] = "8", ["FamilyConsent"] = "true",
        };
        switch (draft)
        {
            case "no supervisor": fields["Form.SupervisorId"] = ""; break;
            case "no consent": fields.Remove("FamilyConsent"); break;
            case "no child rows": fields.Remove("Form.Children[0].Age"); fields.Remove("Form.Children[0].Gender"); fields.Remove("Form.Children[0].Size"); break;
            case "confidential": fields["Form.Description"] = Descriptions.Confidential; break;
            case "no items": fields["Form.Items[0].Name"] = ""; break;
            case "rent without a bill" or "rent with the bill sent along":
                fields["Form.Need"] = "rent";
                fields["Form.Description"] = Descriptions.Rent;
                fields["Form.Items[0].Name"] = "One month of rent";
                break;
            case "gas card with its supervisor":
                fields["Form.Need"] = "transportation";
                fields["Form.Description"] = Descriptions.GasCard;
                fields["Form.Items[0].Name"] = "Gas card";
                break;
        }

        return fields;
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public async Task The_composers_verdict_is_what_submitting_then_does(string draft, bool ready)
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var fields = await FieldsAsync(draft);
        var withBill = draft == "rent with the bill sent along";
        var before = await app.QueryAsync(db => db.Requests.CountAsync());

        var verdict = await VerdictAsync(client, withBill ? new Dictionary<string, string>(fields) { ["Form.BillChosen"] = "true" } : fields);
        var saved = await app.QueryAsync(db => db.Requests.CountAsync());
        var submitted = await SubmitAsync(client, fields, withBill);

        Assert.Equal(before, saved);
        Assert.Equal(ready, verdict.GetProperty("ready").GetBoolean());
        Assert.Equal(ready, verdict.GetProperty("reasons").GetArrayLength() == 0); // a refusal names its reasons
        Assert.Equal(ready, submitted);
    }

    [Fact]
    public async Task A_missing_supervisor_is_a_reason_at_the_supervisor_field()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var verdict = await VerdictAsync(client, await FieldsAsync("no supervisor"));

        var reason = Assert.Single(verdict.GetProperty("reasons").EnumerateArray());
        Assert.Equal("Form.SupervisorId", reason.GetProperty("field").GetString());
        Assert.Equal("Name the supervisor who approves this request.", reason.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Blocking_findings_are_counted_and_named_as_the_composer_says_them()
    {
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);

        var verdict = await VerdictAsync(client, await FieldsAsync("confidential"));

        var reason = Assert.Single(verdict.GetProperty("reasons").EnumerateArray());
        Assert.Equal("Form.Description", reason.GetProperty("field").GetString());
        Assert.Matches("^[2-9] blocking findings remain: “Jane Smith”", reason.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Asking_about_an_edited_draft_changes_nothing_of_it()
    {
        var api = new RequestsClient(await app.ClientForAsync(DemoPeople.Caseworker));
        var draft = await api.CreateAsync(RequestsClient.Draft(await DemoPlaces.CountyIdAsync(app, "Knox County"), supervisorId: await app.UserIdAsync(DemoPeople.Supervisor)));
        var client = await Forms.SignedInAsync(app, DemoPeople.Caseworker);
        var fields = await FieldsAsync("confidential");

        var response = await Forms.PostAsync(client, $"/Requests/Edit/{draft.Id}", $"/Requests/Edit/{draft.Id}?handler=Readiness", fields);
        var verdict = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.False(verdict.GetProperty("ready").GetBoolean());
        Assert.Equal(Descriptions.Ready, (await api.GetAsync(draft.Id)).Description);
    }

    private static async Task<JsonElement> VerdictAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(client, "/Requests/Create", "/Requests/Create?handler=Readiness", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Presses "Submit" with the same form (the bill as a file when it is sent along): accepted when it lands on a submitted request's page.</summary>
    private async Task<bool> SubmitAsync(HttpClient client, Dictionary<string, string> fields, bool withBill)
    {
        using var form = new MultipartFormDataContent { { new StringContent(Forms.TokenIn(await client.GetStringAsync("/Requests/Create"))), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (withBill)
        {
            form.Add(new StringContent("bill"), "Form.BillKind");
            form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "Form.Bill", "bill.pdf");
        }

        var response = await client.PostAsync(new Uri("/Requests/Create?handler=Submit", UriKind.Relative), form);
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("/Requests/Details/", StringComparison.Ordinal))
        {
            return false;
        }

        var id = int.Parse(location["/Requests/Details/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return await app.QueryAsync(db => db.Requests.Where(r => r.Id == id).Select(r => r.State).SingleAsync()) != RequestState.Draft;
    }
}

using System.Net;
using System.Net.Http.Json;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Churches;

/// <summary>
/// The church's request page and the caseworker's side of it: "Yes, I can help" for chosen items, the lost race said clearly,
/// private details only after committing (each view recorded), messages both ways, responders' contacts for the caseworker.
/// </summary>
public abstract class ChurchRequestPageTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string Marker = "Green door, ring twice";

    private readonly ChurchesClient churches = new(app);

    [Fact]
    public async Task A_church_helps_with_one_item_the_other_sees_it_being_met_and_losing_the_race_is_said_clearly()
    {
        var (request, agency, first, second) = await TwoChurchesAndARequestAsync();
        var crib = request.Items.Single(i => i.Name == "Crib with mattress").Id;
        var page = $"/Churches/Request/{request.Id}";
        var pastor = await ChurchPeople.SignedInAsync(app, first.PointPerson);
        var otherPastor = await ChurchPeople.SignedInAsync(app, second.PointPerson);

        var before = await pastor.GetStringAsync(page);
        var helped = await Forms.PostAsync(pastor, page, $"{page}?handler=Respond",
            new Dictionary<string, string> { ["all"] = "false", ["itemIds"] = crib.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = "We have a crib." });
        var after = await pastor.GetStringAsync(page);
        var seenByOther = await otherPastor.GetStringAsync(page);
        var lost = await Forms.PostAsync(otherPastor, page, $"{page}?handler=Respond",
            new Dictionary<string, string> { ["all"] = "false", ["itemIds"] = crib.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var rest = await Forms.PostAsync(otherPastor, page, $"{page}?handler=Respond", new Dictionary<string, string> { ["all"] = "true" });

        Assert.Contains($"<h1>Request {request.Id}: Clothing</h1>", before, StringComparison.Ordinal);
        Assert.Contains("Yes, I can help with everything still needed", before, StringComparison.Ordinal);
        Assert.Contains("Crib with mattress", before, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, before, StringComparison.Ordinal);
        Assert.DoesNotContain("Show the private details", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, helped.StatusCode);
        Assert.Contains("Your church is meeting this", after, StringComparison.Ordinal);
        Assert.Contains("Being met by another church", seenByOther, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
        var lostPage = await lost.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", lostPage, StringComparison.Ordinal);
        Assert.Contains("Another church is already meeting Crib with mattress", lostPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rest.StatusCode);
        var claims = await app.QueryAsync(db => db.ItemClaims.Where(c => c.CareRequestId == request.Id).ToDictionaryAsync(c => c.RequestItemId, c => c.ChurchId));
        Assert.Equal(first.Id, claims[crib]);
        Assert.Equal(second.Id, claims[request.Items.Single(i => i.Name == "Bedding set").Id]);
        var told = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == request.Id && n.Kind == "church-responded").Select(n => n.RecipientEmail).ToListAsync());
        Assert.Equal([agency.Caseworker, agency.Caseworker], told);
    }

    [Fact]
    public async Task Private_details_show_only_after_committing_each_view_recorded_and_never_to_an_unassigned_responder_or_another_church()
    {
        var (request, _, first, _) = await TwoChurchesAndARequestAsync();
        var page = $"/Churches/Request/{request.Id}";
        var pastor = await ChurchPeople.SignedInAsync(app, first.PointPerson);
        var responderEmail = $"r.{Guid.NewGuid():N}@church.example";
        var api = await app.ClientForAsync(first.PointPerson);
        await churches.InviteAsync(api, first.Id, responderEmail, "Rae");
        var responder = await ChurchPeople.SignedInAsync(app, responderEmail);
        var stranger = await churches.OnboardAsync("37409");
        var strangerPastor = await ChurchPeople.SignedInAsync(app, stranger.PointPerson);
        var pastorId = await app.UserIdAsync(first.PointPerson);

        var early = await pastor.GetAsync(new Uri($"{page}?handler=Private", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.DoesNotContain(Marker, await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await ReadsAsync(request.Id, pastorId));

        await Forms.PostAsync(pastor, page, $"{page}?handler=Respond", new Dictionary<string, string> { ["all"] = "true" });
        var link = await pastor.GetStringAsync(page);
        Assert.Contains("Show the private details", link, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, link, StringComparison.Ordinal);
        Assert.Equal(0, await ReadsAsync(request.Id, pastorId));
        var shown = await pastor.GetStringAsync($"{page}?handler=Private");
        Assert.Contains(Marker, shown, StringComparison.Ordinal);
        Assert.Equal(1, await ReadsAsync(request.Id, pastorId));

        var byResponder = await responder.GetAsync(new Uri($"{page}?handler=Private", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, byResponder.StatusCode);
        Assert.DoesNotContain(Marker, await byResponder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerPastor.GetAsync(new Uri($"{page}?handler=Private", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerPastor.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        var strangerPost = await Forms.PostAsync(strangerPastor, "/Churches", $"{page}?handler=Respond", new Dictionary<string, string> { ["all"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.StatusCode);

        // The point person lets the responder see them: then the responder's view is shown and recorded too.
        var responderId = await app.UserIdAsync(responderEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pastor, page, $"{page}?handler=Assign", new Dictionary<string, string> { ["userId"] = responderId })).StatusCode);
        Assert.Contains(Marker, await responder.GetStringAsync($"{page}?handler=Private"), StringComparison.Ordinal);
        Assert.Equal(1, await ReadsAsync(request.Id, responderId));
    }

    [Fact]
    public async Task Messages_go_both_ways_and_the_caseworker_sees_responses_with_the_responders_contacts_recorded_but_another_office_does_not()
    {
        var (request, agency, first, _) = await TwoChurchesAndARequestAsync();
        var page = $"/Churches/Request/{request.Id}";
        var details = $"/Requests/Details/{request.Id}";
        var pastor = await ChurchPeople.SignedInAsync(app, first.PointPerson);
        var caseworker = await ChurchPeople.SignedInAsync(app, agency.Caseworker);
        var otherOffice = await Forms.SignedInAsync(app, DemoPeople.OtherCaseworker);

        await Forms.PostAsync(pastor, page, $"{page}?handler=Respond", new Dictionary<string, string> { ["all"] = "true", ["message"] = "We can bring both on Saturday." });
        var asked = await Forms.PostAsync(pastor, page, $"{page}?handler=Message", new Dictionary<string, string> { ["body"] = "Is Saturday at ten all right?" });
        var seen = await caseworker.GetStringAsync(details);
        var replied = await Forms.PostAsync(caseworker, details, $"{details}?handler=Message",
            new Dictionary<string, string> { ["churchId"] = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["body"] = "Ten is perfect." });
        var thread = await pastor.GetStringAsync(page);
        var contacts = await caseworker.GetStringAsync($"{details}?handler=Contacts");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Is Saturday at ten all right?", seen, StringComparison.Ordinal);
        Assert.Contains("We can bring both on Saturday.", seen, StringComparison.Ordinal);
        Assert.DoesNotContain(first.PointPerson, seen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        Assert.True(thread.IndexOf("Is Saturday at ten all right?", StringComparison.Ordinal) < thread.IndexOf("Ten is perfect.", StringComparison.Ordinal));
        Assert.Contains(first.PointPerson, contacts, StringComparison.Ordinal);
        var caseworkerId = await app.UserIdAsync(agency.Caseworker);
        Assert.Equal(1, await app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == request.Id && r.UserId == caseworkerId && r.What == "responder-contacts")));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-message" && n.RecipientEmail == first.PointPerson)));
        Assert.True(await app.QueryAsync(db => db.Notifications.AnyAsync(n => n.CareRequestId == request.Id && n.Kind == "request-message" && n.RecipientEmail == agency.Caseworker)));

        // A caseworker of another office learns nothing: neither the page, nor the threads, nor a message.
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync(new Uri(details, UriKind.Relative))).StatusCode);
        var otherApi = await app.ClientForAsync(DemoPeople.OtherCaseworker);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync(new Uri($"/api/requests/{request.Id}/threads", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.PostAsJsonAsync($"/api/requests/{request.Id}/messages", new MessageInput(first.Id, "Hello"), Json.Options)).StatusCode);
        // The church person opening the agency's page is sent to the church's page.
        var redirected = await pastor.GetAsync(new Uri(details, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal(page, redirected.Headers.Location!.OriginalString);
    }

    /// <summary>Two churches near a family at 37402 (five miles, two churches) and a two-item request with private details.</summary>
    [Fact]
    public async Task Caseworker_page_names_the_churches_sent_to_with_a_thread_for_the_one_that_answered_and_a_choice_to_write_to_the_other()
    {
        var (request, agency, first, second) = await TwoChurchesAndARequestAsync();
        var names = await app.QueryAsync(db => db.Organisations.Where(o => o.Id == first.Id || o.Id == second.Id).ToDictionaryAsync(o => o.Id, o => o.Name));
        var crib = request.Items.Single(i => i.Name == "Crib with mattress").Id;
        var page = $"/Churches/Request/{request.Id}";
        var pastor = await ChurchPeople.SignedInAsync(app, first.PointPerson);
        var caseworker = await ChurchPeople.SignedInAsync(app, agency.Caseworker);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(pastor, page, $"{page}?handler=Respond",
            new Dictionary<string, string> { ["all"] = "false", ["itemIds"] = crib.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = "We have a crib." })).StatusCode);

        var seen = await caseworker.GetStringAsync($"/Requests/Details/{request.Id}");

        var html = System.Text.Encodings.Web.HtmlEncoder.Default;
        Assert.Contains("Sent to 2 churches.", seen, StringComparison.Ordinal);
        Assert.Contains($"<h3 id=\"church-{first.Id}\">{html.Encode(names[first.Id])}</h3>", seen, StringComparison.Ordinal);
        Assert.Contains(html.Encode("Meeting: 1 × Crib with mattress"), seen, StringComparison.Ordinal);
        Assert.Contains(html.Encode("We have a crib."), seen, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"church-{second.Id}\"", seen, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{second.Id}\">{html.Encode(names[second.Id])} (", seen, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{first.Id}\">", seen, StringComparison.Ordinal);
    }

    private async Task<(RequestView Request, TestAgency Agency, (int Id, string PointPerson) First, (int Id, string PointPerson) Second)> TwoChurchesAndARequestAsync()
    {
        await churches.RetireAllAsync();
        var first = await churches.OnboardAsync("37402");
        var second = await churches.OnboardAsync("37403");
        var (request, agency) = await churches.OpenAsync("37402", radius: 5, churches: 2,
            items: [new ItemInput("Crib with mattress", 1, 180m), new ItemInput("Bedding set", 1, 40m)]);
        var caseworker = await app.ClientForAsync(agency.Caseworker);
        Assert.True((await caseworker.PutAsJsonAsync($"/api/requests/{request.Id}/private",
            new PrivateDetailsInput(Marker, null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);
        return (request, agency, first, second);
    }

    private Task<int> ReadsAsync(int requestId, string userId) =>
        app.QueryAsync(db => db.PrivateDetailsReads.CountAsync(r => r.CareRequestId == requestId && r.UserId == userId && r.What == "details"));
}

public sealed class ChurchRequestPageTests_Sqlite(SqliteApp app) : ChurchRequestPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class ChurchRequestPageTests_Postgres(PostgresApp app) : ChurchRequestPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CarePortal.Web.Tests.Features.Requests;

/// <summary>Descriptions whose review outcome is known (checked with the reviewer's CLI).</summary>
public static class Descriptions
{
    public const string Ready = "A cheerful 8-year-old girl who loves soccer needs a warm winter coat, size 8, for the walk to school. Her grandmother is caring for her and would love to meet the church that helps.";
    public const string GasCard = "A mom who works nights needs a gas card so she can drive her son to school each week. She has not missed a day of work this year, and she would love to meet the church that helps.";
    public const string GiftCard = "A grandmother raising three grandchildren needs a Walmart gift card for groceries this month. She is doing a wonderful job keeping them together.";
    public const string Rent = "A young mom who just started a new job needs help with one month of rent so her two children can stay in their home. She has paid on time since she moved in.";
    public const string Confidential = "Jane Smith, 555-0134, needs a coat for her son Tyler.";

    /// <summary>A name, a date of birth, a case number, an address and a phone number: five blockers.</summary>
    public const string Identifying = "Jane Smith needs a coat; born 03/14/2015, case number 2024-118842, lives at 412 Elm Street, call 865-555-0143.";
}

/// <summary>The request API as a test calls it: one person's client, typed answers, problems as JSON.</summary>
public sealed class RequestsClient(HttpClient http)
{
    public HttpClient Http => http;

    public static RequestInput Draft(int countyId, string need = "clothing", string description = Descriptions.Ready, string? supervisorId = null,
        string? exceptionReason = null, string? alternativesTried = null) =>
        new(need, 1, description, "37917", countyId, Urgency.Normal, [new ItemInput("Winter coat, size 8", 1, 45m)],
            supervisorId, exceptionReason, alternativesTried,
            Children: Needs.AgeAppropriate.Contains(need) ? [new ChildInput(8, "girl", "8")] : null);

    public async Task<RequestView> CreateAsync(RequestInput input)
    {
        var response = await http.PostAsJsonAsync("/api/requests", input, Json.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RequestView>(Json.Options))!;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body) => http.PostAsJsonAsync(path, body, Json.Options);

    public static async Task<RequestView> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<RequestView>(Json.Options))!;
    }

    public Task<RequestView> SubmitAsync(int id) => OkAsync(PostAsync($"/api/requests/{id}/submit", new SubmitInput(true)));

    public Task<RequestView> GetAsync(int id) => OkAsync(http.GetAsync(new Uri($"/api/requests/{id}", UriKind.Relative)));

    public Task<HttpResponseMessage> AttachAsync(int id, AttachmentKind kind, string fileName, string contentType, byte[] content) =>
        AttachAsync(id, kind.ToString(), fileName, contentType, content);

    /// <summary>Attaches with the kind as the form field says it, whatever it is.</summary>
    public async Task<HttpResponseMessage> AttachAsync(int id, string kind, string fileName, string contentType, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        return await http.PostAsync(new Uri($"/api/requests/{id}/attachments", UriKind.Relative), form);
    }

    public async Task<List<TransitionView>> HistoryAsync(int id) =>
        (await http.GetFromJsonAsync<List<TransitionView>>($"/api/requests/{id}/history", Json.Options))!;

    /// <summary>Asserts the answer is ProblemDetails with this status, and returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>Builds what demo data does not have: another agency with a given approval option, its places and staff.</summary>
public sealed record TestAgency(int CountyId, string Caseworker, string Supervisor, string CountyRepresentative, string RegionalManager)
{
    public static async Task<TestAgency> CreateAsync(CarePortalApp app, ApprovalOption option)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return await app.QueryAsync(async db =>
        {
            var agency = new Organisation { Name = $"Agency {tag}", Kind = OrganisationKind.Agency, ApprovalOption = option };
            var region = new Organisation { Name = $"Region {tag}", Kind = OrganisationKind.Region, Parent = agency };
            var county = new Organisation { Name = $"County {tag}", Kind = OrganisationKind.County, Parent = region };
            var office = new Organisation { Name = $"Office {tag}", Kind = OrganisationKind.Office, Parent = county };
            db.Organisations.AddRange(agency, region, county, office);
            string Person(string role, Organisation at)
            {
                var email = $"{role}.{tag}@agency.example";
                var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = tag };
                db.Users.Add(user);
                db.Memberships.Add(new Membership { UserId = user.Id, Organisation = at, Role = role });
                return email;
            }

            var agencyPeople = new TestAgency(0, Person(Roles.Caseworker, office), Person(Roles.Supervisor, office),
                Person(Roles.CountyRepresentative, county), Person(Roles.RegionalManager, region));
            await db.SaveChangesAsync();
            return agencyPeople with { CountyId = county.Id };
        });
    }
}

public static class DemoPlaces
{
    public static Task<int> CountyIdAsync(CarePortalApp app, string name) =>
        app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
}

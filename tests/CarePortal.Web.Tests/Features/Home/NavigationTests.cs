using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace CarePortal.Web.Tests.Features.Home;

/// <summary>The header offers each role the pages it may use, and each page it offers opens for that person.</summary>
public sealed partial class NavigationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    public static TheoryData<string, string[]> Offered => new()
    {
        { DemoPeople.Caseworker, ["Home", "Requests", "Write a request", "Coworker reads", "Connections", "Training"] },
        { DemoPeople.Supervisor, ["Home", "Approvals", "Requests", "Write a request", "Coworker reads", "Training", "Team training", "Reports"] },
        { DemoPeople.CountyRepresentative, ["Home", "Approvals", "Requests", "Write a request", "Training", "Reports"] },
        { DemoPeople.RegionalManager, ["Home", "Approvals", "Requests", "Team training", "County reach", "Reports"] },
        { DemoPeople.AgencyAdmin, ["Home", "Reports", "People", "Audit log", "Agency settings", "Training settings", "Organisations"] },
        { DemoPeople.PointPerson, ["Home", "Church feed", "Church needs", "Your church", "Standing offers", "Reports"] },
        { DemoPeople.TeamLeader, ["Home", "Church feed", "Church needs", "Standing offers"] },
        { DemoPeople.Responder, ["Home", "Church feed", "Church needs"] },
        { DemoPeople.NeedsLeader, ["Home", "Church feed", "Church needs"] },
        { DemoPeople.PlatformAdmin, ["Home", "Churches", "Agencies", "Church applications", "Reports", "Platform audit log", "Organisations"] },
    };

    [Theory]
    [MemberData(nameof(Offered))]
    public async Task Each_role_is_offered_only_its_own_pages_and_each_opens(string person, string[] expected)
    {
        var client = await Forms.SignedInAsync(app, person);

        var links = LinksIn(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal(expected, links.Select(l => l.Text));
        foreach (var (href, text) in links)
        {
            var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{person}: {text} ({href}) answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Someone_signed_out_is_offered_sign_in_and_no_page_of_the_staff()
    {
        var home = await app.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Empty(LinksIn(home));
        Assert.Contains("href=\"/Accounts/Login\"", home, StringComparison.Ordinal);
    }

    private static List<(string Href, string Text)> LinksIn(string page) =>
        [.. NavLink().Matches(page).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];

    [GeneratedRegex("""<a class="usa-nav-link[^"]*" href="([^"]+)"[^>]*><span>([^<]+)</span>""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NavLink();
}

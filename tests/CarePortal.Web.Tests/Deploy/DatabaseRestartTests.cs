using System.Net;
using System.Text.RegularExpressions;
using CarePortal.Load;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>Two real node processes share the sign-in keys, and both ride out a PostgreSQL restart without a restart of their own.</summary>
[Trait("Tier", "Deploy")]
[Collection(nameof(DeploymentCollection))]
public sealed partial class DatabaseRestartTests(LoopbackDeployment deployment, ITestOutputHelper output) : IClassFixture<LoopbackDeployment>
{
    [Fact]
    public async Task Form_from_node_1_signs_in_on_node_2_and_the_cookie_is_accepted_by_node_1()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var page = await http.GetAsync(new Uri(deployment.Node1, "/Accounts/Login"));
        var antiforgery = CookiesOf(page).First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        using var login = new HttpRequestMessage(HttpMethod.Post, new Uri(deployment.Node2, "/Accounts/Login"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoPeople.Caseworker,
                ["Password"] = DemoPeople.Password,
                ["__RequestVerificationToken"] = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value,
            }),
        };
        login.Headers.Add("Cookie", antiforgery);

        using var signedIn = await http.SendAsync(login);
        var cookie = CookiesOf(signedIn).Single(c => c.StartsWith("careportal=", StringComparison.Ordinal));
        using var me = new HttpRequestMessage(HttpMethod.Get, new Uri(deployment.Node1, "/api/accounts/me"));
        me.Headers.Add("Cookie", cookie);
        using var answer = await http.SendAsync(me);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(DemoPeople.Caseworker, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_flowing_while_PostgreSQL_restarts_are_answered_again_by_the_same_node_processes()
    {
        using var traffic = await Traffic.PrepareAsync(deployment.Url, CancellationToken.None);
        var during = LoadRun.RunAsync(Load(TimeSpan.FromSeconds(12)), traffic, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(4));
        await deployment.PostgresAsync("restart");
        var report = await during;
        var after = await LoadRun.RunAsync(Load(TimeSpan.FromSeconds(3)), traffic, CancellationToken.None);
        output.WriteLine("during the restart:\n" + report.ToText() + "\nafter it:\n" + after.ToText());

        Assert.True(after.ErrorsOtherwise == 0 && after.All.Count > 0, "after the restart every request is answered:\n" + after.ToText());
        Assert.True(LoopbackDeployment.IsRunning(deployment.Node1Pid) && LoopbackDeployment.IsRunning(deployment.Node2Pid), "no node was restarted");
    }

    [Fact]
    public async Task Ready_answers_503_while_PostgreSQL_is_down_and_200_once_it_is_back_while_live_stays_200()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await deployment.PostgresAsync("stop");
        HttpStatusCode readyWhileDown, liveWhileDown;
        try
        {
            readyWhileDown = (await http.GetAsync(new Uri(deployment.Node1, "/health/ready"))).StatusCode;
            liveWhileDown = (await http.GetAsync(new Uri(deployment.Node1, "/health/live"))).StatusCode;
        }
        finally
        {
            await deployment.PostgresAsync("start");
        }

        var readyAgain = await UntilReadyAsync(http, deployment.Node1, TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileDown);
        Assert.Equal(HttpStatusCode.OK, liveWhileDown);
        Assert.True(readyAgain, "node 1 is ready again without a restart");
    }

    private LoadOptions Load(TimeSpan duration) => new() { Url = deployment.Url, Rate = 40, Warmup = TimeSpan.FromSeconds(1), Duration = duration, Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<bool> UntilReadyAsync(HttpClient http, Uri node, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if ((await http.GetAsync(new Uri(node, "/health/ready"))).StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static IEnumerable<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.None, 1000)]
    private static partial Regex AntiforgeryField();
}

using CarePortal.Load;
using Xunit;

namespace CarePortal.Web.Tests.Deploy;

/// <summary>
/// The CI-sized version of deploy/loadtest.sh: mixed traffic through nginx to two nodes, one killed with SIGKILL midway.
/// It proves the mechanism, not the speed (the suite runs beside it); docs/production.md has the full run's figures.
/// </summary>
[Trait("Tier", "Deploy")]
[Collection(nameof(DeploymentCollection))]
public sealed class FailoverTests(LoopbackDeployment deployment, ITestOutputHelper output) : IClassFixture<LoopbackDeployment>
{
    public const long MemoryBarKb = 300 * 1024;

    [Fact]
    public async Task Killing_a_node_under_load_loses_only_the_requests_and_emails_in_flight()
    {
        using var traffic = await Traffic.PrepareAsync(deployment.Url, CancellationToken.None);
        var options = new LoadOptions
        {
            Url = deployment.Url,
            Rate = 25,
            Warmup = TimeSpan.FromSeconds(2),
            Duration = TimeSpan.FromSeconds(10),
            KillPid = deployment.Node1Pid,
            KillAt = TimeSpan.FromSeconds(4),
            RssPids = [deployment.Node1Pid, deployment.Node2Pid],
            // Slow is not lost: beside the rest of the suite on two cores an answer may take seconds.
            Timeout = TimeSpan.FromSeconds(30),
        };

        var report = await LoadRun.RunAsync(options, traffic, CancellationToken.None);
        output.WriteLine(report.ToText());
        var drained = await OutboxDrainedAsync(TimeSpan.FromSeconds(60));
        var sent = await deployment.ScalarAsync("select count(*) from \"Notifications\" where \"Status\" = 'sent'");
        // A row claimed again after the dying node's claim ran out: the node may have handed it to the SMTP server already.
        var reclaimed = await deployment.ScalarAsync("select count(*) from \"Notifications\" where \"Status\" = 'sent' and \"Attempts\" > 1");
        var received = deployment.Mail.Messages();
        var distinct = received.Select(m => m.MessageId).Distinct().Count();
        output.WriteLine($"outbox: {sent} sent ({reclaimed} after the killed node's claim ran out); the SMTP server received {received.Count}, {distinct} distinct Message-Ids");

        Assert.False(LoopbackDeployment.IsRunning(deployment.Node1Pid), "node 1 was killed");
        // Requests sent in the second after the node was gone may still fail (a few POSTs do; docs/production.md): counted, not failed on.
        Assert.True(report.ErrorsOtherwise == 0, "only requests in flight at the kill may fail:\n" + report.ToText());
        Assert.True(report.WritesOpened > 0 && report.WritesLost == 0, report.ToText());
        Assert.All(report.MaxRssKb, p => Assert.InRange(p.Value, 1, MemoryBarKb));
        Assert.True(drained, "the killed node's claimed emails are sent by the other node once their claim runs out");
        Assert.True(sent > 0, "the writes opened requests, which email the nearby churches");
        // The demo churches are there with production settings too (Demo:Seed): the feed the load reads is a real one.
        Assert.True(await traffic.ChurchFeedCountAsync(CancellationToken.None) > 0, "the church feed under load holds the requests opened near the church");
        Assert.Equal(sent, distinct);
        // SMTP cannot be exactly once: an email the server accepted just before the kill, not yet marked sent, goes again,
        // with the same Message-Id (receivers drop the copy). Only those may come twice.
        Assert.InRange(received.Count - distinct, 0, reclaimed);
    }

    private async Task<bool> OutboxDrainedAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (await deployment.ScalarAsync("select count(*) from \"Notifications\" where \"Status\" in ('pending', 'sending')") == 0)
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Texts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CarePortal.Web.Tests.Features.Texts;

/// <summary>The text-message outbox: to the pickup folder, and to a stand-in of Twilio on loopback through the official package.</summary>
public abstract class TextOutboxTests<TApp>(TApp app) where TApp : CarePortalApp
{
    private const string SiteUrl = "https://careportal.example.org";

    [Fact]
    public async Task A_queued_text_is_written_once_to_the_pickup_folder_under_the_data_folder_and_its_body_leaves_the_row()
    {
        await ClearAsync();
        var id = (await QueueAsync(1, "+16155550143")).Single();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<TextSender>();
            Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
            Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        }

        var file = Path.Combine(app.DataDirectory, "texts", $"text-{id}.txt");
        var text = await File.ReadAllTextAsync(file);
        Assert.StartsWith("To: +16155550143\n", text, StringComparison.Ordinal);
        Assert.Contains($"Message {id}: your crib is on its way.", text, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(file)!, $"text-{id}.*"));
        var row = await app.QueryAsync(db => db.TextMessages.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal((TextStatus.Sent, 1, (string?)null), (row.Status, row.Attempts, row.Body));
    }

    [Fact]
    public async Task Twilio_stand_in_on_loopback_receives_each_text_once_through_the_package_with_its_status_callback()
    {
        await ClearAsync();
        await using var twilio = await TwilioStandIn.StartAsync();
        var ids = await QueueAsync(3, "+16155550143");

        Assert.Equal(3, await SendThroughTwilioAsync(twilio));
        Assert.Equal(0, await SendThroughTwilioAsync(twilio));

        var accepted = twilio.Accepted.ToList();
        Assert.Equal(ids.Select(id => $"Message {id}: your crib is on its way."), accepted.Select(f => f["Body"]));
        Assert.All(accepted, f => Assert.Equal(("+16155550143", TwilioStandIn.From, $"{SiteUrl}/texts/twilio/status"), (f["To"], f["From"], f["StatusCallback"])));
        var rows = await app.QueryAsync(db => db.TextMessages.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).ToListAsync());
        Assert.All(rows, r => Assert.Equal((TextStatus.Sent, "queued", (string?)null), (r.Status, r.Delivery, r.Body)));
        Assert.Equal(3, rows.Select(r => r.ProviderId).Where(p => p!.StartsWith("SM", StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact]
    public async Task Twilio_stand_in_refusing_a_number_gives_it_up_at_once_and_a_provider_that_is_down_is_tried_again_later()
    {
        await ClearAsync();
        await using var twilio = await TwilioStandIn.StartAsync();
        twilio.Unsubscribed.Add("+16155550144");
        var refused = (await QueueAsync(1, "+16155550144")).Single();
        Assert.Equal(0, await SendThroughTwilioAsync(twilio));
        var row = await app.QueryAsync(db => db.TextMessages.AsNoTracking().SingleAsync(t => t.Id == refused));
        Assert.Equal((TextStatus.Failed, 1, "Twilio 21610", (string?)null), (row.Status, row.Attempts, row.LastError, row.Body));

        twilio.Down = true;
        var later = (await QueueAsync(1, "+16155550145")).Single();
        Assert.Equal(0, await SendThroughTwilioAsync(twilio));
        row = await app.QueryAsync(db => db.TextMessages.AsNoTracking().SingleAsync(t => t.Id == later));
        Assert.Equal(TextStatus.Pending, row.Status);
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), row.NextAttemptAt);
        Assert.NotNull(row.Body);

        twilio.Down = false;
        Assert.Equal(0, await SendThroughTwilioAsync(twilio));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await SendThroughTwilioAsync(twilio));
        Assert.Equal("+16155550145", Assert.Single(twilio.Accepted)["To"]);
    }

    [Fact]
    public async Task Two_senders_on_one_database_never_send_the_same_text()
    {
        await ClearAsync();
        await using var twilio = await TwilioStandIn.StartAsync();
        var ids = await QueueAsync(30, "+16155550146");

        async Task<int> Worker()
        {
            var total = 0;
            while (await SendThroughTwilioAsync(twilio, batchSize: 4) is var sent and > 0)
            {
                total += sent;
            }

            return total;
        }

        var counts = await Task.WhenAll(Task.Run(Worker), Task.Run(Worker));

        Assert.Equal(30, counts.Sum());
        Assert.Equal(ids.Select(id => $"Message {id}: your crib is on its way.").Order(), twilio.Accepted.Select(f => f["Body"]).Order());
    }

    [Fact]
    public async Task A_delivery_report_signed_as_Twilio_signs_is_recorded_and_a_forged_or_altered_one_changes_nothing()
    {
        await ClearAsync();
        var id = (await QueueAsync(1, "+16155550147")).Single();
        var sid = "SM" + Guid.NewGuid().ToString("N");
        await app.QueryAsync(db => db.TextMessages.Where(t => t.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, TextStatus.Sent).SetProperty(t => t.ProviderId, sid).SetProperty(t => t.Delivery, "queued")));
        await using var twilioApp = app.WithWebHostBuilder(b => b
            .UseSetting("Mail:SiteUrl", SiteUrl)
            .UseSetting("Texts:Delivery", "Twilio")
            .UseSetting("Texts:Twilio:AccountSid", TwilioStandIn.AccountSid)
            .UseSetting("Texts:Twilio:AuthToken", TwilioStandIn.AuthToken)
            .UseSetting("Texts:Twilio:From", TwilioStandIn.From)
            .UseSetting("Texts:LinkKey", TwilioStandIn.LinkKey));
        using var http = twilioApp.CreateClient();
        var url = $"{SiteUrl}/texts/twilio/status";
        Dictionary<string, string> Report(string status) => new()
        {
            ["AccountSid"] = TwilioStandIn.AccountSid,
            ["From"] = TwilioStandIn.From,
            ["MessageSid"] = sid,
            ["MessageStatus"] = status,
            ["SmsSid"] = sid,
            ["SmsStatus"] = status,
            ["To"] = "+16155550147",
        };
        Task<string?> Delivery() => app.QueryAsync(db => db.TextMessages.Where(t => t.Id == id).Select(t => t.Delivery).SingleAsync());

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await TwilioStandIn.PostSignedAsync(http, url, Report("failed"),
            TwilioStandIn.Sign(url, Report("failed"), authToken: "someone-elses-token")));
        var altered = Report("failed");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await TwilioStandIn.PostSignedAsync(http, url, altered, TwilioStandIn.Sign(url, Report("delivered"))));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, await TwilioStandIn.PostSignedAsync(http, url, Report("failed"), ""));
        Assert.Equal("queued", await Delivery());

        Assert.Equal(System.Net.HttpStatusCode.NoContent, await TwilioStandIn.PostSignedAsync(http, url, Report("delivered")));
        Assert.Equal("delivered", await Delivery());
        // A late report of an earlier step does not take the message back.
        Assert.Equal(System.Net.HttpStatusCode.NoContent, await TwilioStandIn.PostSignedAsync(http, url, Report("sent")));
        Assert.Equal("delivered", await Delivery());
    }

    /// <summary>Earlier tests' rows are set aside, so each test counts only its own.</summary>
    private Task<int> ClearAsync() => app.QueryAsync(db => db.TextMessages.Where(t => t.Status == TextStatus.Pending || t.Status == TextStatus.Sending)
        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TextStatus.Failed)));

    private async Task<List<long>> QueueAsync(int count, string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<TextOutbox>();
        var rows = Enumerable.Range(0, count).Select(_ => outbox.Queue("test", to, "placeholder", null)).ToList();
        await db.SaveChangesAsync();
        foreach (var row in rows)
        {
            row.Body = $"Message {row.Id}: your crib is on its way.";
        }

        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>One batch by a sender of its own (its own DbContext), as on another node, through the stand-in.</summary>
    private async Task<int> SendThroughTwilioAsync(TwilioStandIn twilio, int batchSize = 50)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mail = Options.Create(new MailOptions { SiteUrl = SiteUrl, BatchSize = batchSize });
        var texts = Options.Create(new TextOptions
        {
            Delivery = TextDelivery.Twilio,
            Twilio = new TwilioOptions { AccountSid = TwilioStandIn.AccountSid, AuthToken = TwilioStandIn.AuthToken, From = TwilioStandIn.From, ApiBaseUrl = twilio.BaseUrl },
        });
        using var transports = new TextTransportFactory(texts, mail, scope.ServiceProvider.GetRequiredService<DataPaths>());
        var sender = new TextSender(scope.ServiceProvider.GetRequiredService<AppDbContext>(), transports, mail, app.Clock, NullLogger<TextSender>.Instance);
        return await sender.SendDueAsync(CancellationToken.None);
    }
}

public sealed class TextOutboxTests_Sqlite(SqliteApp app) : TextOutboxTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class TextOutboxTests_Postgres(PostgresApp app) : TextOutboxTests<PostgresApp>(app), IClassFixture<PostgresApp>;

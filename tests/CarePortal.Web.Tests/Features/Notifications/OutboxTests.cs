using System.Net.Http.Json;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CarePortal.Web.Tests.Features.Notifications;

/// <summary>The outbox through a real SMTP server on loopback: once, after a crash, with two senders, with retries.</summary>
public abstract class OutboxTests<TApp>(TApp app) where TApp : CarePortalApp
{
    [Fact]
    public async Task Opening_a_request_queues_emails_in_its_transaction_and_they_arrive_once_by_smtp()
    {
        await ClearOutboxAsync();
        await using var smtp = await SmtpSink.StartAsync();
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.None);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId));
        var marker = "Gate code " + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private",
            new PrivateDetailsInput(marker, null, null, null, null, null, 0), Json.Options)).IsSuccessStatusCode);

        // Nothing was sent while the request opened: the emails wait in the outbox, as after a crash right after the change.
        await caseworker.SubmitAsync(draft.Id);
        var queued = await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == draft.Id && n.Status == NotificationStatus.Pending)
            .Select(n => new { n.Id, n.RecipientEmail, n.Kind }).ToListAsync());
        Assert.Contains(queued, n => n.Kind == "request-routed");
        Assert.Contains(queued, n => n.Kind == "request-sent-to-churches" && n.RecipientEmail == agency.Caseworker);
        Assert.Empty(smtp.Messages());

        await DrainAsync(smtp);
        await DrainAsync(smtp);
        var arrived = await smtp.WaitForAsync(queued.Count);

        Assert.Equal(queued.Count, arrived.Count);
        Assert.Equal(queued.Select(n => $"notification-{n.Id}@careportal").Order(), arrived.Select(m => m.MessageId).Order());
        var routed = arrived.First(m => m.Subject!.Contains("clothing", StringComparison.Ordinal) && m.To.Mailboxes.Single().Address != agency.Caseworker);
        Assert.Contains(Descriptions.Ready, routed.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Churches/Request/{draft.Id}", routed.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/Notifications/Preferences", routed.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", routed.HtmlBody, StringComparison.Ordinal);
        Assert.All(arrived, m => Assert.DoesNotContain(marker, m.HtmlBody + m.TextBody, StringComparison.Ordinal));
        Assert.True(await app.QueryAsync(db => db.Notifications.Where(n => n.CareRequestId == draft.Id && n.RecipientEmail != null).AllAsync(n => n.Status == NotificationStatus.Sent && n.SentAt != null)));
    }

    [Fact]
    public async Task A_sender_killed_mid_send_loses_nothing_and_nothing_is_sent_twice()
    {
        await ClearOutboxAsync();
        var ids = await EnqueueAsync(4);
        // The server holds each message a second before accepting it, so the kill lands inside the second send.
        await using var smtp = await SmtpSink.StartAsync(delaySeconds: 1);
        using (var kill = new CancellationTokenSource(TimeSpan.FromSeconds(1.6)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(smtp, kill.Token));
        }

        var afterCrash = await smtp.WaitForAsync(1, TimeSpan.FromSeconds(2));
        Assert.Single(afterCrash);
        // The dead sender's claim holds: another sender takes nothing yet.
        Assert.Equal(0, await SendAsync(smtp, CancellationToken.None));
        Assert.Equal(3, await app.QueryAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.Status == NotificationStatus.Sending)));

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(3, await SendAsync(smtp, CancellationToken.None));

        var arrived = smtp.Messages();
        Assert.Equal(ids.Select(id => $"notification-{id}@careportal").Order(), arrived.Select(m => m.MessageId).Order());
        Assert.Equal(4, await app.QueryAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.Status == NotificationStatus.Sent)));
    }

    [Fact]
    public async Task Two_senders_on_one_database_never_send_the_same_message()
    {
        await ClearOutboxAsync();
        var ids = await EnqueueAsync(60);
        await using var smtp = await SmtpSink.StartAsync();

        async Task<int> Worker()
        {
            var total = 0;
            while (true)
            {
                var sent = await SendAsync(smtp, CancellationToken.None, batchSize: 5);
                if (sent == 0)
                {
                    return total;
                }

                total += sent;
            }
        }

        var counts = await Task.WhenAll(Task.Run(Worker), Task.Run(Worker));
        var arrived = await smtp.WaitForAsync(60);

        Assert.Equal(60, counts.Sum());
        Assert.Equal(60, arrived.Count);
        Assert.Equal(ids.Select(id => $"notification-{id}@careportal").Order(), arrived.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task A_failed_send_is_retried_with_doubling_backoff_then_sent()
    {
        await ClearOutboxAsync();
        var id = (await EnqueueAsync(1)).Single();
        await using var smtp = await SmtpSink.StartAsync();
        var closedPort = smtp.Port;
        await smtp.DisposeAsync();

        var start = app.Clock.GetUtcNow();
        Assert.Equal(0, await SendAsync(closedPort, CancellationToken.None));
        var first = await app.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal(NotificationStatus.Pending, first.Status);
        Assert.Equal(1, first.Attempts);
        Assert.Equal(start + TimeSpan.FromMinutes(1), first.NextAttemptAt);

        Assert.Equal(0, await SendAsync(closedPort, CancellationToken.None));
        Assert.Equal(1, await app.QueryAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.Attempts).SingleAsync()));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await SendAsync(closedPort, CancellationToken.None));
        var second = await app.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal(2, second.Attempts);
        Assert.Equal(app.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), second.NextAttemptAt);

        await using var up = await SmtpSink.StartAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await SendAsync(up, CancellationToken.None));
        Assert.Single(await up.WaitForAsync(1));
    }

    [Fact]
    public async Task By_default_emails_are_written_to_the_pickup_folder()
    {
        await ClearOutboxAsync();
        var ids = await EnqueueAsync(2);
        await using var scope = app.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

        Assert.Equal(2, sent);
        var folder = scope.ServiceProvider.GetRequiredService<MailTransportFactory>().PickupDirectory;
        Assert.Equal(Path.Combine(app.DataDirectory, "mail"), folder);
        foreach (var id in ids)
        {
            var message = MimeKit.MimeMessage.Load(Path.Combine(folder, $"notification-{id}_careportal.eml"));
            Assert.Equal("Test Church is on CarePortal", message.Subject);
        }
    }

    [Fact]
    public async Task A_person_who_turned_email_off_gets_in_app_notices_only()
    {
        var pastor = await app.ClientForAsync(DemoPeople.PointPerson);
        var off = await pastor.PutAsJsonAsync("/api/notifications/preferences", new PreferencesView(EmailOff: true, DailyDigest: false), Json.Options);
        Assert.True(off.IsSuccessStatusCode);
        var ids = await EnqueueAsync(1, DemoPeople.PointPerson);
        await pastor.PutAsJsonAsync("/api/notifications/preferences", new PreferencesView(false, false), Json.Options);

        Assert.Equal(NotificationStatus.InApp, await app.QueryAsync(db => db.Notifications.Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync()));
        var mine = await pastor.GetFromJsonAsync<List<NotificationView>>("/api/notifications", Json.Options);
        Assert.Contains(mine!, n => n.Id == ids[0]);
    }

    [Fact]
    public async Task A_sent_emails_body_leaves_its_row_so_the_set_password_link_is_in_the_mailbox_only()
    {
        await ClearOutboxAsync();
        await using var smtp = await SmtpSink.StartAsync();
        var church = await new Churches.ChurchesClient(app).OnboardAsync("37902");
        var pastor = await app.ClientForAsync(church.PointPerson);
        var email = $"invited.{Guid.NewGuid():N}@church.example";
        Assert.True((await pastor.PostAsJsonAsync($"/api/churches/{church.Id}/responders",
            new CarePortal.Web.Features.Churches.ResponderInput(email, "Ivy"), Json.Options)).IsSuccessStatusCode);
        var queued = await app.QueryAsync(db => db.Notifications.Where(n => n.RecipientEmail == email && n.Kind == "responder-invited").SingleAsync());
        Assert.Contains("/Accounts/Join#", queued.TextBody, StringComparison.Ordinal);

        await DrainAsync(smtp);

        // The church's welcome to its point person, and the invitation.
        var arrived = Assert.Single(await smtp.WaitForAsync(2), m => m.To.Mailboxes.Single().Address == email);
        Assert.Contains("/Accounts/Join#", arrived.TextBody, StringComparison.Ordinal);
        var row = await app.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == queued.Id));
        Assert.Equal((NotificationStatus.Sent, 1, $"notification-{row.Id}@careportal"), (row.Status, row.Attempts, arrived.MessageId));
        Assert.Equal(((string?)null, (string?)null), (row.HtmlBody, row.TextBody));
        Assert.Equal(queued.Subject, row.Subject);
    }

    /// <summary>Earlier tests' rows are set aside, so each test counts only its own.</summary>
    private Task<int> ClearOutboxAsync() => app.QueryAsync(db => db.Notifications.Where(n => n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Sending)
        .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Failed)));

    private async Task<List<long>> EnqueueAsync(int count, string email = DemoPeople.Caseworker)
    {
        var userId = await app.UserIdAsync(email);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        for (var i = 0; i < count; i++)
        {
            await outbox.ToPersonAsync(userId, new ChurchApprovedEmail(1, "Test Church", "/Churches", "Open it."), null, CancellationToken.None);
        }

        var added = db.ChangeTracker.Entries<Notification>().Select(e => e.Entity).ToList();
        await db.SaveChangesAsync();
        return [.. added.Select(n => n.Id).Order()];
    }

    private Task<int> SendAsync(SmtpSink smtp, CancellationToken cancellationToken, int batchSize = 50) => SendAsync(smtp.Port, cancellationToken, batchSize);

    /// <summary>One batch by a sender of its own (its own DbContext), as on another node, through SMTP on loopback.</summary>
    private async Task<int> SendAsync(int port, CancellationToken cancellationToken, int batchSize = 50)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = Options.Create(new MailOptions
        {
            Delivery = MailDelivery.Smtp,
            BatchSize = batchSize,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = MailKit.Security.SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
        });
        var sender = new OutboxSender(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            new MailTransportFactory(options, scope.ServiceProvider.GetRequiredService<DataPaths>()), options, app.Clock, NullLogger<OutboxSender>.Instance);
        return await sender.SendDueAsync(cancellationToken);
    }

    private async Task DrainAsync(SmtpSink smtp)
    {
        while (await SendAsync(smtp, CancellationToken.None) > 0)
        {
        }
    }
}

public sealed class OutboxTests_Sqlite(SqliteApp app) : OutboxTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class OutboxTests_Postgres(PostgresApp app) : OutboxTests<PostgresApp>(app), IClassFixture<PostgresApp>;

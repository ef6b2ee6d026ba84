using System.Net;
using System.Net.Http.Json;
using System.Text;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Observability;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Tests.Features.Churches;
using CarePortal.Web.Tests.Features.Requests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using Xunit;

namespace CarePortal.Web.Tests.Features.Observability;

/// <summary>
/// A whole request's life with every logger at Trace, written to a file by a real provider, then the file searched for the
/// private values the test seeded: none may be there. The same run feeds the OpenTelemetry counters.
/// </summary>
public abstract class PrivateDataLogTests<TApp>(TApp app) where TApp : CarePortalApp, ILoggedApp
{
    private const string AccountNumber = "7731-0042-9981";
    private const string Payee = "Knoxville Utilities Board";
    private const string Directions = "Blue door behind the laundromat, ring twice";
    private const string Phone = "865-555-0199";
    private const string Message = "We can drop the coat at the blue door on Saturday.";

    [Fact]
    public async Task A_full_lifecycle_logged_at_trace_level_leaves_no_private_value_in_the_logs_and_counts_each_step()
    {
        var churches = new ChurchesClient(app);
        await churches.RetireAllAsync();
        var church = await churches.OnboardAsync("37402");
        var pointPerson = church.PointPerson.ToUpperInvariant();
        await app.QueryAsync(db => db.Users.Where(u => u.NormalizedEmail == pointPerson)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, Phone)));
        var agency = await TestAgency.CreateAsync(app, ApprovalOption.NamedSupervisor);
        await churches.SetReachAsync(agency.CountyId, 15, 5);
        var caseworker = new RequestsClient(await app.ClientForAsync(agency.Caseworker));
        var supervisor = await app.ClientForAsync(agency.Supervisor);
        var pastor = await app.ClientForAsync(church.PointPerson);
        // This app's own instruments only (the OpenTelemetry SDK listens to every app's meter of that name in the process).
        var meters = app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var submitted = new MetricCollector<long>(meters, CarePortalMetrics.MeterName, "careportal.requests.submitted");
        using var opened = new MetricCollector<long>(meters, CarePortalMetrics.MeterName, "careportal.requests.opened");
        using var closedCount = new MetricCollector<long>(meters, CarePortalMetrics.MeterName, "careportal.requests.closed");
        using var emails = new MetricCollector<long>(meters, CarePortalMetrics.MeterName, "careportal.emails.sent");

        // A wrong password typed with the caseworker's address: logged as refused, the address erased.
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.PostAsync(browser, "/Accounts/Login", new Dictionary<string, string> { ["Email"] = agency.Caseworker, ["Password"] = "not-the-password" });

        var draft = await caseworker.CreateAsync(RequestsClient.Draft(agency.CountyId, supervisorId: await app.UserIdAsync(agency.Supervisor)) with { Zip = "37402" });
        Assert.True((await caseworker.Http.PutAsJsonAsync($"/api/requests/{draft.Id}/private",
            new PrivateDetailsInput(Directions, Payee, AccountNumber, 120m, "check", "Mail a check to the payee", 0), Json.Options)).IsSuccessStatusCode);
        var attached = await caseworker.AttachAsync(draft.Id, AttachmentKind.Other, $"statement-{AccountNumber}.pdf", "application/pdf",
            Encoding.ASCII.GetBytes($"%PDF-1.7\n% {Payee} {AccountNumber}\n%%EOF\n"));
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        Assert.Equal(RequestState.AwaitingApproval, (await caseworker.SubmitAsync(draft.Id)).State);
        var approved = await RequestsClient.OkAsync(supervisor.PostAsJsonAsync($"/api/approvals/{draft.Id}/approve", new NoteInput(null), Json.Options));
        Assert.Equal(RequestState.Open, approved.State);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{draft.Id}/responses", new ResponseInput(null, null, Message), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pastor.GetAsync(new Uri($"/api/requests/{draft.Id}/private", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pastor.PostAsJsonAsync($"/api/requests/{draft.Id}/messages", new MessageInput(null, Message), Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.PostAsync($"/api/requests/{draft.Id}/messages", new MessageInput(church.Id, "Saturday works, thank you."))).StatusCode);
        var closed = await RequestsClient.OkAsync(caseworker.PostAsync($"/api/requests/{draft.Id}/close",
            new CloseInput(CloseOutcome.FullyMet, ChildOutcomes: ["returned-home"], Rating: 5)));
        Assert.Equal(RequestState.ClosedFullyMet, closed.State);
        int sent;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        }

        var logs = app.Log.ReadAll();
        Assert.Contains("Sign-in refused for", logs, StringComparison.Ordinal);
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", logs, StringComparison.Ordinal);
        Assert.Contains("Microsoft.AspNetCore.Hosting.Diagnostics", logs, StringComparison.Ordinal);
        Assert.Contains($"/api/requests/{draft.Id}/private", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { AccountNumber, Payee, Directions, Phone, Message, agency.Caseworker, church.PointPerson, RequestsClient.Draft(0).Description! })
        {
            Assert.False(logs.Contains(secret, StringComparison.OrdinalIgnoreCase), $"'{secret}' is in the logs ({app.Log.Path})");
        }

        // The same run, counted.
        Assert.True(sent > 0);
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        static long Total(MetricCollector<long> collector) => collector.GetMeasurementSnapshot().Sum(m => m.Value);
        Assert.Equal((1L, 1L, 1L, (long)sent), (Total(submitted), Total(opened), Total(closedCount), Total(emails)));
        Assert.Equal("ClosedFullyMet", closedCount.LastMeasurement?.Tags["outcome"]);
        Assert.Equal("clothing", submitted.LastMeasurement?.Tags["need"]);
        // And they reach OpenTelemetry's exporters, with ASP.NET Core's own.
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        Assert.True(Sum("careportal.requests.submitted") > 0);
        Assert.True(Sum("careportal.emails.sent") > 0);
        Assert.True(Sum("http.server.request.duration") > 0);
    }

    private long Sum(string name, (string Key, string Value)? tag = null)
    {
        // Snapshots, not the SDK's Metric objects: those are reused and change after export.
        MetricSnapshot? metric;
        lock (app.Metrics)
        {
            metric = app.Metrics.LastOrDefault(m => m.Name == name);
        }

        if (metric is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var point in metric.MetricPoints)
        {
            var matches = tag is null;
            foreach (var t in point.Tags)
            {
                matches |= t.Key == tag?.Key && Equals(t.Value, tag?.Value);
            }

            if (matches)
            {
                total += metric.MetricType is MetricType.Histogram ? point.GetHistogramCount() : point.GetSumLong();
            }
        }

        return total;
    }
}

/// <summary>An app whose every logger writes at Trace into a file, and whose metrics are exported into a list.</summary>
public interface ILoggedApp
{
    FileLog Log { get; }

    List<MetricSnapshot> Metrics { get; }
}

internal static class LoggedApp
{
    public static void Configure(IWebHostBuilder builder, FileLog log, List<MetricSnapshot> metrics)
    {
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(log);
            logging.AddFilter<FileLog>(null, LogLevel.Trace);
        });
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)));
    }
}

public sealed class LoggedSqliteApp : CarePortalApp, ILoggedApp
{
    public LoggedSqliteApp() => Log = new FileLog(System.IO.Path.Combine(DataDirectory, "log.txt"));

    public FileLog Log { get; }

    public List<MetricSnapshot> Metrics { get; } = [];

    protected override string Provider => CarePortal.Web.Data.DatabaseProviders.Sqlite;

    protected override string ConnectionString => $"Data Source={System.IO.Path.Combine(DataDirectory, "careportal.db")}";

    public override ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LoggedApp.Configure(builder, Log, Metrics);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

public sealed class LoggedPostgresApp : CarePortalApp, ILoggedApp
{
    private readonly PostgresApp database = new();

    public LoggedPostgresApp() => Log = new FileLog(System.IO.Path.Combine(DataDirectory, "log.txt"));

    public FileLog Log { get; }

    public List<MetricSnapshot> Metrics { get; } = [];

    protected override string Provider => CarePortal.Web.Data.DatabaseProviders.Postgres;

    protected override string ConnectionString => database.DatabaseConnectionString;

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        await database.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        LoggedApp.Configure(builder, Log, Metrics);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}

public sealed class PrivateDataLogTests_Sqlite(LoggedSqliteApp app) : PrivateDataLogTests<LoggedSqliteApp>(app), IClassFixture<LoggedSqliteApp>;

[Trait("Tier", "Postgres")]
public sealed class PrivateDataLogTests_Postgres(LoggedPostgresApp app) : PrivateDataLogTests<LoggedPostgresApp>(app), IClassFixture<LoggedPostgresApp>;

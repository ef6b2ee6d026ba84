using System.Collections.Concurrent;
using System.Net.Http.Headers;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace CarePortal.Web.Tests;

/// <summary>
/// The whole app through its own pipeline on a real database of its own, with demo data and a clock the tests move.
/// One instance per test class (a class fixture), so each class has its own database.
/// </summary>
public abstract class CarePortalApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 2 November 2026, 14:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 14, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentDictionary<string, string> tokens = new();

    public AppClock Clock { get; } = new(Start);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "careportal-tests", Guid.NewGuid().ToString("N"));

    protected abstract string Provider { get; }

    /// <summary>The certificate that encrypts the key ring: in the data folder, or the first node's for another node on its database.</summary>
    public virtual string KeyFile => Path.Combine(DataDirectory, "keys", "key-encryption.pfx");

    protected abstract string ConnectionString { get; }

    public string ProviderName => Provider;

    /// <summary>Starts on an empty data folder and database, as a new installation does, not from the test run's template.</summary>
    public bool Empty { get; init; }

    public string DatabaseConnectionString => ConnectionString;

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        await DeleteDataDirectoryAsync();
    }

    /// <summary>A background writer (a log file, the mail pickup) may still be finishing a file as the host stops: retry, then leave the temporary folder.</summary>
    private async Task DeleteDataDirectoryAsync()
    {
        for (var attempt = 1; Directory.Exists(DataDirectory); attempt++)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(200);
            }
            catch (IOException)
            {
                return;
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Hundreds of apps start in one test run: watching appsettings.json for changes would take an inotify instance each,
        // and past the user's limit (128 on a default Linux) an app fails to start (IOException in CreateBuilder).
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("DataProtection:KeyFile", KeyFile);
        builder.UseSetting("Storage:MaxAttachmentBytes", "65536");
        // The outbox tests run their senders themselves, against a real SMTP server.
        builder.UseSetting("Mail:SendInBackground", "false");
        // The report rollup tests build the rollup themselves, at the moments they choose.
        builder.UseSetting("Reports:RollupInBackground", "false");
        // Tests sign in and call the API far faster than people do; the rate limit tests turn the limits on with low values.
        builder.UseSetting("RateLimits:Enabled", "false");
        // A compacting collection after each start gives a node's memory back; a test run starts hundreds of apps.
        builder.UseSetting("Memory:CompactAfterStart", "false");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(new ServerErrorLog($"{GetType().Name} {Provider} {Path.GetFileName(DataDirectory)}")));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock).AddSingleton<IStartupFilter, CallerAddress>()
            // The real hasher with fewer rounds: at the default 100,000 each of the run's hundreds of sign-ins and new passwords
            // cost about a tenth of a second of CPU. A hash says its own rounds, so one made at the default still checks.
            .Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>A client that calls the API as the demo person with this email, through a real bearer token.</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        if (!tokens.TryGetValue(email, out var token))
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var normalized = email.ToUpperInvariant();
            var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
            token = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(user.Id, "tests");
            tokens[email] = token;
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<string> UserIdAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return await QueryAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync());
    }
}

/// <summary>Another web node on the same database as <paramref name="first"/>, as behind a load balancer.</summary>
public sealed class OtherNode(CarePortalApp first) : CarePortalApp
{
    protected override string Provider => first.ProviderName;

    protected override string ConnectionString => first.DatabaseConnectionString;

    public override string KeyFile => first.KeyFile;
}

public sealed class SqliteApp : CarePortalApp
{
    protected override string Provider => DatabaseProviders.Sqlite;

    protected override string ConnectionString => $"Data Source={DatabaseFile}";

    internal string DatabaseFile => Path.Combine(DataDirectory, "careportal.db");

    /// <summary>
    /// A fresh data folder, as the app leaves it on its first start (migrated, demo data seeded at <see cref="CarePortalApp.Start"/>,
    /// its key certificate made): copied from one made once per test run, since starting from nothing each time took a quarter
    /// of the fast tier's time. The app then starts on it as it starts on any existing data folder.
    /// </summary>
    public override async ValueTask InitializeAsync()
    {
        if (!Empty)
        {
            await SqliteTemplate.CopyToAsync(DataDirectory);
        }

        Directory.CreateDirectory(DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

/// <summary>
/// A database of its own on the PostgreSQL server named by CAREPORTAL_TEST_POSTGRES, dropped afterwards: a copy of a
/// template made once per test run (<see cref="PostgresTemplate"/>), as the app leaves a database on its first start.
/// </summary>
public sealed class PostgresApp : CarePortalApp
{
    private readonly string database;
    private readonly bool isTemplate;

    public PostgresApp()
        : this("careportal_test_" + Guid.NewGuid().ToString("N"), isTemplate: false)
    {
    }

    internal PostgresApp(string database, bool isTemplate) => (this.database, this.isTemplate) = (database, isTemplate);

    internal static string ServerConnectionString => Environment.GetEnvironmentVariable("CAREPORTAL_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            "CAREPORTAL_TEST_POSTGRES is not set, so the PostgreSQL tests cannot run. Run ./test.sh (it starts PostgreSQL and sets it), "
            + "or `source .ci/setup.sh` first, or export a superuser connection string such as "
            + "Host=127.0.0.1;Port=5432;Username=postgres;Password=…;Database=postgres.");

    protected override string Provider => DatabaseProviders.Postgres;

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public override async ValueTask InitializeAsync()
    {
        var template = isTemplate || Empty ? null : await PostgresTemplate.NameAsync(DataDirectory);
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""), connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (!isTemplate)
        {
            await PostgresTemplate.DropAsync(database);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CarePortal.Reports.Benchmarks;

/// <summary>
/// The issue's bar: with 1,000,000 requests in PostgreSQL, the agency dashboard for a year renders in under 500 ms.
/// Seeds by COPY (<see cref="Seeder"/>), then asks the whole app through its pipeline (WebApplicationFactory: routing,
/// authentication by API token, the page with its SVG charts) for /Reports and /api/reports, and prints median and p95.
/// Saves EXPLAIN (ANALYZE, BUFFERS) of every statement the report runs. PostgreSQL: the server named by CAREPORTAL_TEST_POSTGRES.
/// </summary>
public static class DashboardBenchmark
{
    private const int Warmup = 1;
    private const int DefaultRuns = 20;
    private const string Year = "from=2025-11-01&to=2026-10-31";

    public static async Task RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("CAREPORTAL_TEST_POSTGRES") is { Length: > 0 } s ? s
            : throw new InvalidOperationException("Set CAREPORTAL_TEST_POSTGRES (source .ci/setup.sh).");
        var reuse = Option(args, "--database");
        var database = reuse ?? "careportal_reports_bench_" + Guid.NewGuid().ToString("N")[..8];
        var keep = args.Contains("--keep") || reuse is not null;
        var plansFile = Option(args, "--plans") ?? "plans.txt";
        var runs = Option(args, "--runs") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : DefaultRuns;
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600 }.ConnectionString;
        if (reuse is null)
        {
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        }

        try
        {
            await using var app = new BenchApp(connection);
            using var client = app.CreateClient();
            var seeder = new Seeder(app.Services);
            if (reuse is null)
            {
                var watch = Stopwatch.StartNew();
                await seeder.SeedAsync(connection);
                Console.WriteLine($"seeded {await CountAsync(connection, "Requests"):N0} requests, {await CountAsync(connection, "RequestItems"):N0} items, "
                    + $"{await CountAsync(connection, "RequestChildren"):N0} children, {await CountAsync(connection, "ChurchResponses"):N0} responses, "
                    + $"{await CountAsync(connection, "ItemClaims"):N0} claims, {await CountAsync(connection, "Connections"):N0} connections in {watch.Elapsed.TotalSeconds:F0} s");
            }

            // The monthly rollup, built by the background job's own code; on a kept database only the months due since.
            // --no-rollup forgets it instead, so that every month is read from the facts (as before the rollup), to compare.
            var rollupWatch = Stopwatch.StartNew();
            if (args.Contains("--no-rollup"))
            {
                await ExecuteAsync(connection, "DELETE FROM \"RollupMonths\"");
                Console.WriteLine("rollup: forgotten (--no-rollup), every month read from the facts");
            }
            else
            {
                await using var scope = app.Services.CreateAsyncScope();
                var built = await scope.ServiceProvider.GetRequiredService<ReportRollup>().RunAsync(CancellationToken.None);
                await ExecuteAsync(connection, "VACUUM ANALYZE \"RollupRows\", \"RollupMonths\", \"StaleFacts\"");
                var seconds = rollupWatch.Elapsed.TotalSeconds;
                var rows = await CountAsync(connection, "RollupRows");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rollup: {built.Count} months built in {seconds:F1} s, {rows:N0} rows"));
            }

            var (adminId, agencyId) = await seeder.AgencyAdminAsync();
            var token = await seeder.TokenAsync(adminId);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Console.WriteLine($"agency {agencyId}: {await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"Requests\" WHERE \"AgencyId\" = {agencyId} AND \"OpenedAt\" >= '2025-11-01T05:00:00Z' AND \"OpenedAt\" < '2026-11-01T05:00:00Z'"):N0} requests opened in the year");

            if (args.Contains("--explain-only"))
            {
                await ExplainAsync(app.Services, connection, adminId, agencyId, plansFile);
                return;
            }

            foreach (var path in new[] { $"/Reports?{Year}", $"/api/reports?{Year}" })
            {
                var times = new List<double>();
                var bytes = 0;
                for (var i = 0; i < Warmup + runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                    var body = await response.Content.ReadAsByteArrayAsync();
                    watch.Stop();
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
                    }

                    bytes = body.Length;
                    if (i >= Warmup)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"GET {path}: median {times[(times.Count - 1) / 2]:F0} ms, p95 {times[(int)Math.Ceiling(0.95 * times.Count) - 1]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms over {runs} runs ({bytes:N0} bytes)"));
            }

            await ExplainAsync(app.Services, connection, adminId, agencyId, plansFile);
            Console.WriteLine($"plans: {Path.GetFullPath(plansFile)}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"kept database {database} (reuse with --database {database})");
            }
            else
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
        }
    }

    private static async Task ExplainAsync(IServiceProvider services, string connection, string adminId, int agencyId, string file)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, adminId), new Claim(ClaimTypes.Role, Roles.AgencyAdmin),
            new Claim(MembershipClaimTypes.Membership, MembershipClaimTypes.Format(Roles.AgencyAdmin, agencyId)),
        ], "bench");
        await using var scope = services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<ImpactReports>();
        var filter = new ReportQuery { From = "2025-11-01", To = "2026-10-31" }.Validate(new DateOnly(2026, 11, 24), out _)!;
        var text = new StringBuilder();
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        foreach (var (name, sql) in await reports.StatementsAsync(new ClaimsPrincipal(identity), filter, CancellationToken.None))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"=== {name} ===").AppendLine(sql).AppendLine("--- plan ---");
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, db);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }

            text.AppendLine();
        }

        await File.WriteAllTextAsync(file, text.ToString());
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static Task<long> CountAsync(string connection, string table) => ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"");

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }
}

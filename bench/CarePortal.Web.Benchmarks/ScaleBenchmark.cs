using System.Diagnostics;
using System.Globalization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CarePortal.Web.Benchmarks;

/// <summary>
/// The issue's scale bar on a real database: 10,000 churches and 100,000 open requests; choosing a request's churches
/// (<see cref="ChurchRouter.ChooseAsync"/>: the directory's version check + <see cref="ChurchRouting.Choose"/>) and opening
/// 1,000 requests with <see cref="ChurchRouter.OpenedAsync(IReadOnlyList{CareRequest}, CancellationToken)"/>, their
/// recipients and emails queued in the outbox: one save each in turn, one save each 8 at a time, and 100 per save; then the
/// app's path (<see cref="Openings"/>, <see cref="OpeningBatcher"/>): 1,000 open requests queued and routed by the batcher
/// (the bar), and 1,000 submissions 16 at a time, each saving its opening and waiting for its routing.
/// Run: <c>dotnet run -c Release --project bench/CarePortal.Web.Benchmarks -- scale sqlite|postgres [--profile]</c>
/// (PostgreSQL: the server named by CAREPORTAL_TEST_POSTGRES; a database of its own, dropped afterwards).
/// </summary>
public static class ScaleBenchmark
{
    private const int Churches = 10_000;
    private const int OpenRequests = 100_000;
    private const int ToOpen = 1_000;
    private static readonly string[] AllNeeds = [.. Needs.All];

    public static async Task RunAsync(string provider, bool profile = false)
    {
        var timings = new CommandTimings();
        var postgres = provider.Equals("postgres", StringComparison.OrdinalIgnoreCase);
        var folder = Path.Combine(Path.GetTempPath(), "careportal-scale-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = "careportal_scale_" + Guid.NewGuid().ToString("N");
        var server = Environment.GetEnvironmentVariable("CAREPORTAL_TEST_POSTGRES") ?? "";
        var connection = postgres
            ? new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString
            : $"Data Source={Path.Combine(folder, "scale.db")}";
        if (postgres)
        {
            await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        }

        AppDbContext Context() => postgres
            ? new PostgresAppDbContext(Profiled(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection)).Options)
            : new SqliteAppDbContext(Profiled(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection)).Options);

        DbContextOptionsBuilder<T> Profiled<T>(DbContextOptionsBuilder<T> builder) where T : DbContext =>
            profile ? builder.AddInterceptors(timings) : builder;

        try
        {
            await using (var db = Context())
            {
                await db.Database.MigrateAsync();
                if (!postgres)
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                }
            }

            var seeding = Stopwatch.StartNew();
            var (countyId, caseworkerId, drafts) = await SeedAsync(Context);
            Console.WriteLine($"{provider}: seeded {Churches:N0} churches and {OpenRequests:N0} open requests in {seeding.Elapsed.TotalSeconds:F1} s");

            var options = Options.Create(new RoutingOptions());
            var mail = Options.Create(new MailOptions());
            var renderer = new EmailRenderer(mail);
            var links = new RespondLinks(new CarePortal.Web.Features.Security.SignedLinks(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider()), TimeProvider.System);
            // One per process, as in the app: the first choice loads it, later ones only check its version.
            using var directory = new ChurchDirectory();
            var random = new Random(5);
            var zips = TennesseeZips();
            var times = new List<double>();
            ChurchRouter NewRouter(AppDbContext db)
            {
                var outbox = new Outbox(db, renderer, TimeProvider.System, new NoNoticeTexts());
                return new(db, directory, outbox, links, mail, options, new CarePortal.Web.Features.Tiers.TierThreeOpenings(db, outbox), TimeProvider.System);
            }

            await using (var db = Context())
            {
                var router = NewRouter(db);
                var reach = await router.ReachAsync(countyId, CancellationToken.None);
                for (var i = 0; i < 220; i++)
                {
                    var family = zips[random.Next(zips.Length)];
                    var need = AllNeeds[random.Next(AllNeeds.Length)];
                    var watch = Stopwatch.StartNew();
                    await router.ChooseAsync(ZipOf(family), need, reach, CancellationToken.None);
                    if (i >= 20)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
            }

            if (profile)
            {
                // The CPU an opening spends outside SQL: choosing its churches, and rendering its emails (6 each here).
                var churches = await directory.ChurchesAsync(Context(), CancellationToken.None);
                var reach = new CountyReach(15, 5);
                var choosing = 0.0;
                var rendering = 0.0;
                // Twice, the first untimed: the JIT has optimized both by the time the app has opened a few requests.
                for (var round = 0; round < 2; round++)
                {
                    var watch = Stopwatch.StartNew();
                    for (var i = 0; i < ToOpen; i++)
                    {
                        ChurchRouting.Choose(zips[i % zips.Length], AllNeeds[i % AllNeeds.Length], churches, reach);
                    }

                    choosing = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    for (var i = 0; i < 6 * ToOpen; i++)
                    {
                        renderer.Render(new RequestRoutedEmail(i, "Church " + i, "bed", "normal", "A dad working two jobs needs a twin bed.", "3",
                            "1 × Twin bed with mattress", "For: 9-year-old boy", "Tuesday 10 November", "https://careportal.example/Churches/Yes?t=token"));
                    }

                    rendering = watch.Elapsed.TotalMilliseconds;
                    await Task.Delay(200);
                }

                Console.WriteLine($"  CPU for {ToOpen:N0} openings: choosing {choosing:F0} ms, rendering {6 * ToOpen:N0} emails {rendering:F0} ms");
            }

            times.Sort();
            Console.WriteLine($"{provider}: choosing the churches for a request (version check + Choose), 200 requests: median {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms, max {times[^1]:F2} ms");

            var rounds = new (string Name, int Workers, int Batch)[] { ("one save each", 1, 1), ("one save each, 8 at a time", 8, 1), ("100 per save", 1, 100) };
            for (var r = 0; r < rounds.Length; r++)
            {
                var (name, workers, batch) = rounds[r];
                var mine = drafts.Skip(r * ToOpen).Take(ToOpen).ToList();
                timings.Clear();
                long routingTicks = 0, detectTicks = 0, savingTicks = 0;
                var opening = Stopwatch.StartNew();
                await Parallel.ForEachAsync(mine.Chunk(batch), new ParallelOptions { MaxDegreeOfParallelism = workers }, async (ids, ct) =>
                {
                    await using var db = Context();
                    var router = NewRouter(db);
                    var requests = await db.Requests.Where(q => ids.Contains(q.Id)).ToListAsync(ct);
                    var now = TimeProvider.System.GetUtcNow();
                    foreach (var request in requests)
                    {
                        RequestStateMachine.Apply(request, RequestAction.Submit, RequestState.Open, caseworkerId, now, null);
                        request.OpenedAt = now;
                    }

                    var step = Stopwatch.StartNew();
                    await router.OpenedAsync(requests, ct);
                    Interlocked.Add(ref routingTicks, step.ElapsedTicks);
                    step.Restart();
                    db.ChangeTracker.DetectChanges();
                    Interlocked.Add(ref detectTicks, step.ElapsedTicks);
                    step.Restart();
                    await db.SaveChangesAsync(ct);
                    Interlocked.Add(ref savingTicks, step.ElapsedTicks);
                });
                opening.Stop();
                await ReportAsync(name, mine, opening.Elapsed);
                if (profile)
                {
                    Console.WriteLine($"  routing {routingTicks * 1000.0 / Stopwatch.Frequency:F0} ms, detecting changes {detectTicks * 1000.0 / Stopwatch.Frequency:F0} ms, saving {savingTicks * 1000.0 / Stopwatch.Frequency:F0} ms (summed over workers)");
                }

                PrintProfile();
            }

            // The app's path (SubmitRequest): a submission saves its request open with a PendingOpening, then waits for the
            // node's OpeningBatcher, which routes whatever openings wait (up to 100) in one transaction with bulk inserts.
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddScoped<AppDbContext>(_ => Context());
            services.AddSingleton(directory).AddSingleton(renderer).AddSingleton(TimeProvider.System).AddSingleton(options).AddSingleton(mail).AddSingleton(links);
            services.AddScoped<Outbox>().AddScoped<ChurchRouter>().AddScoped<PendingOpenings>().AddScoped<Openings>();
            services.AddSingleton<OpeningBatcher>();
            await using var app = services.BuildServiceProvider();
            var batcher = app.GetRequiredService<OpeningBatcher>();

            // The bar: 1,000 requests already open and queued (their submissions' saves, not timed), as many waiting submissions.
            var queuedOnes = drafts.Skip(3 * ToOpen).Take(ToOpen).ToList();
            foreach (var ids in queuedOnes.Chunk(100))
            {
                await using var scope = app.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var openings = scope.ServiceProvider.GetRequiredService<Openings>();
                foreach (var request in await db.Requests.Where(q => ids.Contains(q.Id)).ToListAsync())
                {
                    Open(request);
                    openings.Queue(request);
                }

                await db.SaveChangesAsync();
            }

            timings.Clear();
            var routing = Stopwatch.StartNew();
            await Task.WhenAll(queuedOnes.Select(id => batcher.RouteAsync([id], CancellationToken.None)));
            routing.Stop();
            await ReportAsync("queued (open), routed by the node's batcher", queuedOnes, routing.Elapsed);
            PrintProfile();

            // End to end: 1,000 submissions, 16 at a time, each its own save then waiting for its routing, as the workflow does
            // (Openings: the batcher on PostgreSQL, its own batch at once on SQLite).
            var submitted = drafts.Skip(4 * ToOpen).Take(ToOpen).ToList();
            timings.Clear();
            var submitting = Stopwatch.StartNew();
            await Parallel.ForEachAsync(submitted, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, ct) =>
            {
                await using var scope = app.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var openings = scope.ServiceProvider.GetRequiredService<Openings>();
                var request = await db.Requests.SingleAsync(q => q.Id == id, ct);
                Open(request);
                openings.Queue(request);
                await db.SaveChangesAsync(ct);
                await openings.RouteQueuedAsync(ct);
            });
            submitting.Stop();
            await ReportAsync("submitted 16 at a time, each saved then routed (PostgreSQL: by the batcher; SQLite: at once)", submitted, submitting.Elapsed);
            PrintProfile();

            void Open(CareRequest request)
            {
                var now = TimeProvider.System.GetUtcNow();
                RequestStateMachine.Apply(request, RequestAction.Submit, RequestState.Open, caseworkerId, now, null);
                request.OpenedAt = now;
            }

            async Task ReportAsync(string name, List<int> mine, TimeSpan elapsed)
            {
                await using var check = Context();
                var queued = await check.Notifications.CountAsync(n => n.Status == NotificationStatus.Pending && mine.Contains(n.CareRequestId!.Value));
                var recipients = await check.RequestRecipients.CountAsync(n => mine.Contains(n.CareRequestId));
                Console.WriteLine($"{provider}: opened {ToOpen:N0} requests, {name} ({recipients:N0} recipients, {queued:N0} emails queued) in {elapsed.TotalSeconds:F2} s (load average {LoadAverage()})");
            }

            void PrintProfile()
            {
                if (profile)
                {
                    Console.WriteLine("  SQL by statement (summed over connections):");
                    timings.Print(Console.Out);
                }
            }
        }
        finally
        {
            if (postgres)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }
            else
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(int CountyId, string CaseworkerId, List<int> Drafts)> SeedAsync(Func<AppDbContext> context)
    {
        var random = new Random(10_000);
        var zips = TennesseeZips();
        await using var db = context();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var agency = new Organisation { Name = "Agency", Kind = OrganisationKind.Agency, ApprovalOption = ApprovalOption.None };
        var region = new Organisation { Name = "Region", Kind = OrganisationKind.Region, Parent = agency };
        var county = new Organisation { Name = "County", Kind = OrganisationKind.County, Parent = region };
        var caseworker = Person("caseworker@scale.example");
        db.AddRange(agency, region, county, caseworker);
        await db.SaveChangesAsync();

        for (var batch = 0; batch < Churches / 1000; batch++)
        {
            var organisations = new List<(Organisation Org, AppUser Pastor, GeoPoint Point)>();
            for (var i = 0; i < 1000; i++)
            {
                var n = batch * 1000 + i;
                var pastor = Person($"pastor{n}@scale.example");
                var organisation = new Organisation { Name = $"Church {n}", Kind = OrganisationKind.Church };
                organisations.Add((organisation, pastor, zips[random.Next(zips.Length)]));
                db.AddRange(pastor, organisation);
            }

            await db.SaveChangesAsync();
            foreach (var (org, pastor, point) in organisations)
            {
                db.Memberships.Add(new Membership { UserId = pastor.Id, OrganisationId = org.Id, Role = Roles.ChurchPointPerson });
                db.Churches.Add(new Church
                {
                    Id = org.Id,
                    Zip = "37000",
                    Latitude = point.Latitude,
                    Longitude = point.Longitude,
                    RadiusMiles = random.Next(4) == 0 ? random.Next(5, 40) : null,
                    NeedsServed = [.. AllNeeds.Where(_ => random.Next(2) == 0)],
                    Paused = random.Next(10) == 0,
                    Active = true,
                    Status = ChurchStatus.Approved,
                    PointPersonId = pastor.Id,
                });
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        CareRequest Request(RequestState state) => new()
        {
            AgencyId = agency.Id,
            RegionId = region.Id,
            CountyId = county.Id,
            CaseworkerId = caseworker.Id,
            Need = AllNeeds[random.Next(AllNeeds.Length)],
            Description = "A dad working two jobs to bring his kids home needs a twin bed for his 6-year-old son.",
            Zip = "37203",
            State = state,
            CreatedAt = DateTimeOffset.UtcNow,
            OpenedAt = state == RequestState.Open ? DateTimeOffset.UtcNow : null,
        };

        for (var batch = 0; batch < OpenRequests / 5000; batch++)
        {
            db.Requests.AddRange(Enumerable.Range(0, 5000).Select(_ => Request(RequestState.Open)));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var drafts = Enumerable.Range(0, 5 * ToOpen).Select(_ =>
        {
            var draft = Request(RequestState.Draft);
            var zip = zips[random.Next(zips.Length)];
            draft.Zip = ZipOf(zip);
            return draft;
        }).ToList();
        db.Requests.AddRange(drafts);
        await db.SaveChangesAsync();
        return (county.Id, caseworker.Id, [.. drafts.Select(d => d.Id)]);
    }

    /// <summary>The 1-minute load average (the machine is shared: figures are compared at like loads).</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static readonly Dictionary<GeoPoint, string> ZipByPoint = [];

    private static GeoPoint[] TennesseeZips()
    {
        if (ZipByPoint.Count == 0)
        {
            foreach (var zip in Enumerable.Range(37_000, 1_600).Select(n => n.ToString("D5", CultureInfo.InvariantCulture)))
            {
                if (ZipCentroids.TryGet(zip, out var point))
                {
                    ZipByPoint.TryAdd(point, zip);
                }
            }
        }

        return [.. ZipByPoint.Keys];
    }

    private static string ZipOf(GeoPoint point) => ZipByPoint[point];

    private static AppUser Person(string email) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        SecurityStamp = "scale",
    };

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

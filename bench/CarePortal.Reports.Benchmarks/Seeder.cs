using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace CarePortal.Reports.Benchmarks;

/// <summary>
/// 1,000,000 requests over 30 months (May 2024 to October 2026), three quarters of them in one agency in Chicago with 32 offices,
/// with their items, children, church responses, item claims and connections, written by Npgsql's binary COPY, and the reports' facts
/// made from them by the migration's backfill statement.
/// The same seeded generator runs once per table group, so that parents are committed before the rows that point at them.
/// </summary>
public sealed class Seeder(IServiceProvider services)
{
    public const int Requests = 1_000_000;

    /// <summary>Ids start above the demo data's.</summary>
    private const int FirstId = 10_000_000;
    private const string AdminEmail = "bench.admin@agency.example";
    private const string AdminNormalized = "BENCH.ADMIN@AGENCY.EXAMPLE";
    private static readonly DateTime First = new(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Last = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private sealed record Place(int Agency, int Region, int County, int Office);

    private sealed record World(List<Place> BigAgency, List<Place> SmallAgency, List<int> Churches, string Caseworker, string Pastor);

    public async Task SeedAsync(string connection)
    {
        var world = await OrganisationsAsync();
        await using (var requests = await OpenAsync(connection))
        {
            await using var writer = await requests.BeginBinaryImportAsync("COPY \"Requests\" (\"Id\", \"AgencyId\", \"RegionId\", \"CountyId\", \"OfficeId\", \"CaseworkerId\", \"Need\", \"Tier\", \"Description\", \"Zip\", \"Urgency\", \"State\", \"Route\", \"FamilyConsent\", \"CreatedAt\", \"SubmittedAt\", \"OpenedAt\", \"ClosedAt\", \"ChildOutcomes\", \"Rating\", \"Version\") FROM STDIN (FORMAT BINARY)");
            foreach (var r in Generate(world))
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Integer);
                writer.Write(r.Place.Agency, NpgsqlDbType.Integer);
                writer.Write(r.Place.Region, NpgsqlDbType.Integer);
                writer.Write(r.Place.County, NpgsqlDbType.Integer);
                writer.Write(r.Place.Office, NpgsqlDbType.Integer);
                writer.Write(world.Caseworker, NpgsqlDbType.Text);
                writer.Write(r.Need, NpgsqlDbType.Varchar);
                writer.Write(1, NpgsqlDbType.Integer);
                writer.Write("A family needs help (benchmark).", NpgsqlDbType.Varchar);
                writer.Write("37902", NpgsqlDbType.Varchar);
                writer.Write("Normal", NpgsqlDbType.Varchar);
                writer.Write(r.State.ToString(), NpgsqlDbType.Varchar);
                writer.Write("None", NpgsqlDbType.Varchar);
                writer.Write(true, NpgsqlDbType.Boolean);
                writer.Write(r.Opened.AddHours(-2), NpgsqlDbType.TimestampTz);
                writer.Write(r.Opened.AddHours(-1), NpgsqlDbType.TimestampTz);
                Nullable(writer, r.State == RequestState.ExpiredNotApproved ? null : r.Opened);
                Nullable(writer, r.Closed);
                writer.Write(r.Outcome ?? "", NpgsqlDbType.Varchar);
                if (r.Rating is { } rating) { writer.Write(rating, NpgsqlDbType.Integer); } else { writer.WriteNull(); }
                writer.Write(0, NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync();
        }

        await Task.WhenAll(ItemsAsync(connection, world), ChildrenAsync(connection, world), ResponsesAsync(connection, world), ConnectionsAsync(connection, world));
        await ClaimsAsync(connection, world);
        await using var db = await OpenAsync(connection);
        foreach (var table in new[] { "Requests", "RequestItems", "RequestChildren", "ChurchResponses", "ItemClaims", "Connections" })
        {
            await using var reset = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table}\"))", db);
            await reset.ExecuteNonQueryAsync();
        }

        // The reports read facts that the app keeps at each save; COPY bypasses the app, so they are made by the migration's backfill.
        await using (var facts = new NpgsqlCommand(RequestFactsSql.Backfill(SqlDialect.Postgres), db) { CommandTimeout = 1200 })
        {
            await facts.ExecuteNonQueryAsync();
        }

        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", db) { CommandTimeout = 1200 };
        await vacuum.ExecuteNonQueryAsync();
    }

    public async Task<(string UserId, int AgencyId)> AgencyAdminAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var membership = await db.Memberships.AsNoTracking().SingleAsync(m => m.User!.NormalizedEmail == AdminNormalized && m.Role == Roles.AgencyAdmin);
        return (membership.UserId, membership.OrganisationId);
    }

    public async Task<string> TokenAsync(string userId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(userId, "reports benchmark");
    }

    private async Task<World> OrganisationsAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        AppUser Person(string email, string role, Organisation at)
        {
            var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = "bench", DisplayName = role };
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, Organisation = at, Role = role });
            return user;
        }

        List<(Organisation Region, Organisation County, Organisation Office)> Tree(Organisation agency, int regions, int counties)
        {
            var offices = new List<(Organisation, Organisation, Organisation)>();
            for (var r = 0; r < regions; r++)
            {
                var region = new Organisation { Name = $"{agency.Name} region {r + 1}", Kind = OrganisationKind.Region, Parent = agency };
                for (var c = 0; c < counties; c++)
                {
                    var county = new Organisation { Name = $"{region.Name} county {c + 1}", Kind = OrganisationKind.County, Parent = region };
                    offices.Add((region, county, new Organisation { Name = $"{county.Name} office", Kind = OrganisationKind.Office, Parent = county }));
                }
            }

            db.Organisations.AddRange(offices.SelectMany(o => new[] { o.Item1, o.Item2, o.Item3 }).Distinct());
            return offices;
        }

        var big = new Organisation { Name = "Bench agency", Kind = OrganisationKind.Agency, ApprovalOption = ApprovalOption.None, TimeZone = "America/Chicago" };
        var small = new Organisation { Name = "Bench agency two", Kind = OrganisationKind.Agency, ApprovalOption = ApprovalOption.None };
        var bigTree = Tree(big, 4, 8);
        var smallTree = Tree(small, 2, 4);
        var caseworker = Person("bench.caseworker@agency.example", Roles.Caseworker, bigTree[0].Office);
        Person(AdminEmail, Roles.AgencyAdmin, big);
        var churchOrganisations = Enumerable.Range(1, 300).Select(i => new Organisation { Name = $"Bench church {i}", Kind = OrganisationKind.Church }).ToList();
        db.Organisations.AddRange(churchOrganisations);
        var pastor = Person("bench.pastor@church.example", Roles.ChurchPointPerson, churchOrganisations[0]);
        db.Churches.AddRange(churchOrganisations.Select(o => new Church { Organisation = o, Zip = "37902", PointPersonId = pastor.Id, Active = true, Status = ChurchStatus.Approved, NeedsServed = Needs.All }));
        await db.SaveChangesAsync();
        return new World([.. bigTree.Select(t => new Place(big.Id, t.Region.Id, t.County.Id, t.Office.Id))], [.. smallTree.Select(t => new Place(small.Id, t.Region.Id, t.County.Id, t.Office.Id))],
            [.. churchOrganisations.Select(o => o.Id)], caseworker.Id, pastor.Id);
    }

    private sealed record Item(int Id, int Quantity, decimal Value, int? Given, int Church);

    private sealed record Generated(int Id, Place Place, string Need, RequestState State, DateTime Opened, DateTime? Closed, string? Outcome, int? Rating,
        List<Item> Items, int Children, List<(int Church, DateTime At)> Responses, (string Kind, DateOnly Started, DateOnly? Ended, int Asked)? Connection);

    private static IEnumerable<Generated> Generate(World world)
    {
        var random = new Random(7);
        var span = (Last - First).TotalSeconds;
        var itemId = 0;
        for (var id = 1; id <= Requests; id++)
        {
            var places = random.NextDouble() < 0.75 ? world.BigAgency : world.SmallAgency;
            var place = places[random.Next(places.Count)];
            var need = Needs.All[random.Next(Needs.All.Count)];
            var opened = First.AddSeconds(random.NextDouble() * span);
            var roll = random.NextDouble();
            var state = roll switch
            {
                < 0.02 => RequestState.ExpiredNotApproved,
                < 0.05 => RequestState.Cancelled,
                < 0.62 => RequestState.ClosedFullyMet,
                < 0.72 => RequestState.ClosedPartiallyMet,
                < 0.87 => RequestState.ClosedNotMet,
                _ => opened > Last.AddDays(-60) ? RequestState.Open : RequestState.ClosedFullyMet,
            };
            var met = state is RequestState.ClosedFullyMet or RequestState.ClosedPartiallyMet;
            var closed = state.ToString().StartsWith("Closed", StringComparison.Ordinal) ? opened.AddDays(1 + random.Next(20)) : (DateTime?)null;
            var churches = new List<(int, DateTime)>();
            var responders = met ? (random.NextDouble() < 0.3 ? 2 : 1) : state == RequestState.ClosedNotMet ? (random.NextDouble() < 0.3 ? 1 : 0) : state == RequestState.Open ? (random.NextDouble() < 0.6 ? 1 : 0) : 0;
            for (var c = 0; c < responders; c++)
            {
                churches.Add((world.Churches[random.Next(world.Churches.Count)], opened.AddMinutes(30 + random.Next(72 * 60))));
            }

            churches = [.. churches.DistinctBy(c => c.Item1)];
            var items = new List<Item>();
            var count = 1 + random.Next(2);
            for (var i = 0; i < count; i++)
            {
                var quantity = 1 + random.Next(3);
                var given = state switch
                {
                    RequestState.ClosedFullyMet => quantity,
                    RequestState.ClosedPartiallyMet => random.Next(quantity + 1),
                    RequestState.ClosedNotMet => 0,
                    _ => (int?)null,
                };
                items.Add(new Item(FirstId + ++itemId, quantity, Math.Round((decimal)(20 + (random.NextDouble() * 280)), 2), given, churches.Count == 0 ? 0 : churches[i % churches.Count].Item1));
            }

            var children = Needs.AgeAppropriate.Contains(need) ? 1 + random.Next(3) : 0;
            var rating = met ? 1 + random.Next(5) : (int?)null;
            var outcome = met ? Needs.ChildOutcomes[random.Next(Needs.ChildOutcomes.Count)] : null;
            (string, DateOnly, DateOnly?, int)? connection = null;
            if (met && random.NextDouble() < 0.04)
            {
                var started = DateOnly.FromDateTime(closed!.Value);
                var ended = random.NextDouble() < 0.5 ? started.AddDays(10 + random.Next(300)) : (DateOnly?)null;
                connection = (Connection.Kinds[random.Next(Connection.Kinds.Count)], started, ended, random.Next(4));
            }

            yield return new Generated(FirstId + id, place, need, state, opened, closed, outcome, rating, items, children, churches, connection);
        }
    }

    private static async Task ItemsAsync(string connection, World world)
    {
        await using var db = await OpenAsync(connection);
        await using var writer = await db.BeginBinaryImportAsync("COPY \"RequestItems\" (\"Id\", \"CareRequestId\", \"Name\", \"Quantity\", \"UnitValue\", \"QuantityGiven\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in Generate(world))
        {
            foreach (var item in r.Items)
            {
                writer.StartRow();
                writer.Write(item.Id, NpgsqlDbType.Integer);
                writer.Write(r.Id, NpgsqlDbType.Integer);
                writer.Write("Item", NpgsqlDbType.Varchar);
                writer.Write(item.Quantity, NpgsqlDbType.Integer);
                writer.Write(item.Value, NpgsqlDbType.Numeric);
                if (item.Given is { } given) { writer.Write(given, NpgsqlDbType.Integer); } else { writer.WriteNull(); }
            }
        }

        await writer.CompleteAsync();
    }

    private static async Task ChildrenAsync(string connection, World world)
    {
        await using var db = await OpenAsync(connection);
        await using var writer = await db.BeginBinaryImportAsync("COPY \"RequestChildren\" (\"CareRequestId\", \"Age\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in Generate(world))
        {
            for (var c = 0; c < r.Children; c++)
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Integer);
                writer.Write(c * 3 % 17, NpgsqlDbType.Integer);
            }
        }

        await writer.CompleteAsync();
    }

    private static async Task ResponsesAsync(string connection, World world)
    {
        await using var db = await OpenAsync(connection);
        await using var writer = await db.BeginBinaryImportAsync("COPY \"ChurchResponses\" (\"CareRequestId\", \"ChurchId\", \"UserId\", \"At\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in Generate(world))
        {
            foreach (var (church, at) in r.Responses)
            {
                writer.StartRow();
                writer.Write(r.Id, NpgsqlDbType.Integer);
                writer.Write(church, NpgsqlDbType.Integer);
                writer.Write(world.Pastor, NpgsqlDbType.Text);
                writer.Write(at, NpgsqlDbType.TimestampTz);
            }
        }

        await writer.CompleteAsync();
    }

    private static async Task ConnectionsAsync(string connection, World world)
    {
        await using var db = await OpenAsync(connection);
        await using var writer = await db.BeginBinaryImportAsync("COPY \"Connections\" (\"CareRequestId\", \"ChurchId\", \"Kind\", \"StartedOn\", \"EndedOn\", \"RecordedById\", \"RecordedAt\", \"FollowUpsSent\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in Generate(world))
        {
            if (r.Connection is not { } c || r.Responses.Count == 0)
            {
                continue;
            }

            writer.StartRow();
            writer.Write(r.Id, NpgsqlDbType.Integer);
            writer.Write(r.Responses[0].Church, NpgsqlDbType.Integer);
            writer.Write(c.Kind, NpgsqlDbType.Varchar);
            writer.Write(c.Started, NpgsqlDbType.Date);
            if (c.Ended is { } ended) { writer.Write(ended, NpgsqlDbType.Date); } else { writer.WriteNull(); }
            writer.Write(world.Pastor, NpgsqlDbType.Text);
            writer.Write(r.Closed!.Value, NpgsqlDbType.TimestampTz);
            writer.Write(c.Asked, NpgsqlDbType.Integer);
        }

        await writer.CompleteAsync();
    }

    private static async Task ClaimsAsync(string connection, World world)
    {
        await using var db = await OpenAsync(connection);
        await using var writer = await db.BeginBinaryImportAsync("COPY \"ItemClaims\" (\"RequestItemId\", \"CareRequestId\", \"ChurchId\", \"UserId\", \"Quantity\", \"At\") FROM STDIN (FORMAT BINARY)");
        foreach (var r in Generate(world))
        {
            foreach (var item in r.Items.Where(i => i.Church != 0))
            {
                writer.StartRow();
                writer.Write(item.Id, NpgsqlDbType.Integer);
                writer.Write(r.Id, NpgsqlDbType.Integer);
                writer.Write(item.Church, NpgsqlDbType.Integer);
                writer.Write(world.Pastor, NpgsqlDbType.Text);
                writer.Write(item.Quantity, NpgsqlDbType.Integer);
                writer.Write(r.Responses.First(x => x.Church == item.Church).At, NpgsqlDbType.TimestampTz);
            }
        }

        await writer.CompleteAsync();
    }

    private static void Nullable(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } at) { writer.Write(at, NpgsqlDbType.TimestampTz); } else { writer.WriteNull(); }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connection)
    {
        var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        return db;
    }
}

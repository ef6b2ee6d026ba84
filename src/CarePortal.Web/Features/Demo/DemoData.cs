using System.Text.Json;
using System.Text.Json.Serialization;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;

namespace CarePortal.Web.Features.Demo;

/// <summary>
/// A small state to try the platform with (demo-data.json), written on first run into an empty database outside Production:
/// one agency, its regions, counties and offices, its staff, a dozen churches, and requests in every state.
/// </summary>
public static class DemoData
{
    public const string Password = Accounts.CommonPasswords.DemoPassword;

    public const string FileName = "Features/Demo/demo-data.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        // Demo:Seed lets the loopback deployment (deploy/run-nodes.sh --demo) run with production settings and demo people.
        if (app.Environment.IsProduction() && !app.Configuration.GetValue("Demo:Seed", false))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Organisations.AnyAsync())
        {
            return;
        }

        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await SeedAsync(db, Load(app.Environment.ContentRootFileProvider), hasher, clock.GetUtcNow());
    }

    private static DemoState Load(IFileProvider files)
    {
        using var stream = files.GetFileInfo(FileName).CreateReadStream();
        return JsonSerializer.Deserialize<DemoState>(stream, Json) ?? throw new InvalidOperationException($"{FileName} is empty.");
    }

    private static async Task SeedAsync(AppDbContext db, DemoState demo, IPasswordHasher<AppUser> hasher, DateTimeOffset now)
    {
        var organisations = new Dictionary<string, Organisation>();
        foreach (var o in demo.Organisations)
        {
            organisations[o.Key] = new Organisation
            {
                Name = o.Name, Kind = o.Kind, Parent = o.Parent is null ? null : organisations[o.Parent], Zip = o.Zip,
                ApprovalOption = o.ApprovalOption, TimeZone = o.TimeZone,
            };
            db.Organisations.Add(organisations[o.Key]);
        }

        // One hash for every demo person: hashing is slow on purpose and they share the demo password.
        var passwordHash = hasher.HashPassword(new AppUser(), Password);
        var people = new Dictionary<string, AppUser>();
        foreach (var p in demo.People)
        {
            var user = people[p.Email] = new AppUser
            {
                UserName = p.Email, NormalizedUserName = p.Email.ToUpperInvariant(), Email = p.Email, NormalizedEmail = p.Email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = p.Name, PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.Memberships.AddRange(p.Memberships.Select(m => new Membership { UserId = user.Id, Organisation = organisations[m.At], Role = m.Role }));
        }

        await db.SaveChangesAsync();

        var withDetails = new List<(CareRequest Request, string Directions)>();
        foreach (var r in demo.Requests)
        {
            var office = organisations[r.Office];
            var request = new CareRequest
            {
                AgencyId = office.Parent!.Parent!.Parent!.Id, RegionId = office.Parent.Parent.Id, CountyId = office.Parent.Id, OfficeId = office.Id,
                CaseworkerId = people[r.Caseworker].Id, SupervisorId = r.Supervisor is null ? null : people[r.Supervisor].Id,
                Need = r.Need, Description = r.Description, Zip = r.Zip, CreatedAt = now.AddDays(-r.CreatedDaysAgo),
                Items = [.. r.Items.Select(i => new RequestItem { Name = i.Name, Quantity = i.Quantity, UnitValue = i.UnitValue })],
                Children = [.. r.Children.Select(c => new RequestChild { Age = c.Age, Gender = c.Gender, Size = c.Size })],
            };
            if (r.Urgency is { } urgency)
            {
                request.Urgency = urgency;
            }

            db.Requests.Add(request);
            DemoWalk.Walk(request, r.State, people[r.Approver].Id, now);
            if (r.DeliveryDirections is { } directions)
            {
                withDetails.Add((request, directions));
            }
        }

        await db.SaveChangesAsync();
        db.PrivateDetails.AddRange(withDetails.Select(d => new PrivateDetails { CareRequestId = d.Request.Id, DeliveryDirections = d.Directions }));
        await db.SaveChangesAsync();
    }

    private sealed record DemoState(IReadOnlyList<DemoOrganisation> Organisations, IReadOnlyList<DemoPerson> People, IReadOnlyList<DemoRequest> Requests);

    private sealed record DemoOrganisation(string Key, string Name, OrganisationKind Kind, string? Parent, string? Zip, ApprovalOption? ApprovalOption, string? TimeZone);

    private sealed record DemoPerson(string Email, string Name, IReadOnlyList<DemoMembership> Memberships);

    private sealed record DemoMembership(string At, string Role);

    private sealed record DemoRequest(
        RequestState State, string Need, string Description, string Office, string Caseworker, string? Supervisor, string Approver, string Zip,
        Urgency? Urgency, int CreatedDaysAgo, IReadOnlyList<DemoItem> Items, IReadOnlyList<DemoChild> Children, string? DeliveryDirections);

    private sealed record DemoItem(string Name, int Quantity, decimal UnitValue);

    private sealed record DemoChild(int Age, string? Gender, string? Size);
}

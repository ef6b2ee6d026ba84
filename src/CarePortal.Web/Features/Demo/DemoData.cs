using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Demo;

/// <summary>
/// A small state to try the platform with, written on first run into an empty database outside Production:
/// one agency, its regions, counties and offices, its staff, a dozen churches, and requests in every state.
/// </summary>
public static class DemoData
{
    public const string Password = "CarePortal-demo-1";
    public const string AgencyName = "Department of Children's Services";

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
        await SeedAsync(db, hasher, clock.GetUtcNow());
    }

    private static async Task SeedAsync(AppDbContext db, IPasswordHasher<AppUser> hasher, DateTimeOffset now)
    {
        // One hash for every demo person: hashing is slow on purpose and they share the demo password.
        var passwordHash = hasher.HashPassword(new AppUser(), Password);
        AppUser Person(string email, string name)
        {
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = name,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            return user;
        }

        Organisation Org(string name, OrganisationKind kind, Organisation? parent, string? zip = null)
        {
            var organisation = new Organisation { Name = name, Kind = kind, Parent = parent, Zip = zip };
            db.Organisations.Add(organisation);
            return organisation;
        }

        void Member(AppUser user, Organisation organisation, string role) =>
            db.Memberships.Add(new Membership { UserId = user.Id, Organisation = organisation, Role = role });

        var platform = Org("CarePortal", OrganisationKind.Platform, null);
        var agency = Org(AgencyName, OrganisationKind.Agency, null);
        agency.ApprovalOption = ApprovalOption.NamedSupervisor;
        agency.TimeZone = "America/Chicago";
        var east = Org("East Region", OrganisationKind.Region, agency);
        var middle = Org("Middle Region", OrganisationKind.Region, agency);
        var knox = Org("Knox County", OrganisationKind.County, east);
        var blount = Org("Blount County", OrganisationKind.County, east);
        var davidson = Org("Davidson County", OrganisationKind.County, middle);
        var williamson = Org("Williamson County", OrganisationKind.County, middle);
        var knoxOffice = Org("Knox County Office", OrganisationKind.Office, knox, "37917");
        Org("Blount County Office", OrganisationKind.Office, blount, "37804");
        var davidsonOffice = Org("Davidson County Office", OrganisationKind.Office, davidson, "37208");
        Org("Williamson County Office", OrganisationKind.Office, williamson, "37064");

        Member(Person("admin@careportal.example", "Pat Platform"), platform, Roles.PlatformAdmin);
        Member(Person("agency.admin@dcs.example", "Alex Admin"), agency, Roles.AgencyAdmin);
        Member(Person("regional.manager@dcs.example", "Rita Regional"), east, Roles.RegionalManager);
        Member(Person("regional.manager.middle@dcs.example", "Ray Regional"), middle, Roles.RegionalManager);
        var countyRepresentative = Person("county.rep@dcs.example", "Connie County");
        Member(countyRepresentative, knox, Roles.CountyRepresentative);
        Member(countyRepresentative, blount, Roles.CountyRepresentative);
        var supervisor = Person("supervisor@dcs.example", "Sam Supervisor");
        Member(supervisor, knoxOffice, Roles.Supervisor);
        var caseworker = Person("caseworker@dcs.example", "Casey Caseworker");
        Member(caseworker, knoxOffice, Roles.Caseworker);
        Member(Person("caseworker2@dcs.example", "Corey Caseworker"), knoxOffice, Roles.Caseworker);
        Member(Person("supervisor.davidson@dcs.example", "Dana Supervisor"), davidsonOffice, Roles.Supervisor);
        var davidsonCaseworker = Person("caseworker.davidson@dcs.example", "Devon Caseworker");
        Member(davidsonCaseworker, davidsonOffice, Roles.Caseworker);

        string[] churches =
        [
            "Grace Church Knoxville", "First Baptist Powell", "St. Mark Methodist", "New Hope Fellowship",
            "Cedar Springs Presbyterian", "Maryville Community Church", "Alcoa Church of Christ", "Hillsboro Baptist",
            "Belmont United Methodist", "Franklin First Church", "Brentwood Baptist", "East Nashville Vineyard",
        ];
        string[] zips = ["37917", "37849", "37919", "37918", "37923", "37804", "37701", "37215", "37212", "37064", "37027", "37206"];
        for (var i = 0; i < churches.Length; i++)
        {
            var church = Org(churches[i], OrganisationKind.Church, null, zips[i]);
            Member(Person($"pastor{i + 1}@church.example", $"Point Person {i + 1}"), church, Roles.ChurchPointPerson);
            if (i == 0)
            {
                var team = Org("Grace Meals Team", OrganisationKind.Team, church);
                Member(Person("team.leader@church.example", "Terry Leader"), team, Roles.TeamLeader);
                Member(Person("responder@church.example", "Robin Responder"), team, Roles.Responder);
            }
        }

        await db.SaveChangesAsync();

        var withDetails = new List<CareRequest>();
        foreach (var (state, need, description) in DemoRequests)
        {
            var request = new CareRequest
            {
                AgencyId = agency.Id,
                RegionId = east.Id,
                CountyId = knox.Id,
                OfficeId = knoxOffice.Id,
                CaseworkerId = caseworker.Id,
                SupervisorId = supervisor.Id,
                Need = need,
                Description = description,
                Zip = "37917",
                Urgency = Urgency.Normal,
                CreatedAt = now.AddDays(-7),
                Items = [new RequestItem { Name = need == "bed" ? "Twin bed with mattress" : "Winter coat, size 8", Quantity = 1, UnitValue = need == "bed" ? 250m : 45m }],
                Children = [new RequestChild { Age = need == "bed" ? 6 : 8, Gender = need == "bed" ? "boy" : "girl", Size = need == "bed" ? "twin" : "8" }],
            };
            db.Requests.Add(request);
            Walk(request, state, supervisor.Id, now);
            if (state is RequestState.Open or RequestState.AwaitingApproval)
            {
                withDetails.Add(request);
            }
        }

        var davidsonRequest = new CareRequest
        {
            AgencyId = agency.Id,
            RegionId = middle.Id,
            CountyId = davidson.Id,
            OfficeId = davidsonOffice.Id,
            CaseworkerId = davidsonCaseworker.Id,
            Need = "school-supplies",
            Description = "A hard-working 10-year-old starting at a new school needs a backpack and supplies. He loves drawing.",
            Zip = "37208",
            CreatedAt = now.AddDays(-2),
            Items = [new RequestItem { Name = "Backpack with supplies", Quantity = 1, UnitValue = 60m }],
            Children = [new RequestChild { Age = 10, Gender = "boy" }],
        };
        db.Requests.Add(davidsonRequest);
        Walk(davidsonRequest, RequestState.Open, davidsonCaseworker.Id, now);
        await db.SaveChangesAsync();
        db.PrivateDetails.AddRange(withDetails.Select(r => new PrivateDetails
        {
            CareRequestId = r.Id,
            DeliveryDirections = "Call the caseworker to arrange a drop-off at the office.",
        }));
        await db.SaveChangesAsync();
    }

    private static readonly (RequestState State, string Need, string Description)[] DemoRequests =
    [
        (RequestState.Draft, "clothing", "A cheerful 8-year-old girl who loves soccer needs a warm winter coat, size 8."),
        (RequestState.AwaitingApproval, "bed", "A loving grandmother caring for her grandson needs a twin bed so he can sleep in his own bed."),
        (RequestState.ReturnedForChanges, "clothing", "A boy needs a coat for the winter."),
        (RequestState.ExpiredNotApproved, "clothing", "A teenager starting a new job needs a winter coat, size medium."),
        (RequestState.Denied, "clothing", "A family needs clothing."),
        (RequestState.Open, "bed", "A dad working two jobs to bring his kids home needs a twin bed for his 6-year-old son."),
        (RequestState.Paused, "clothing", "A brave 12-year-old moving to a new placement needs a winter coat, size 14."),
        (RequestState.ClosedFullyMet, "bed", "A mom who just finished her parenting classes needs a bed for her daughter."),
        (RequestState.ClosedPartiallyMet, "clothing", "Two brothers who love basketball need winter coats, sizes 8 and 10."),
        (RequestState.ClosedNotMet, "clothing", "A young mom starting college needs a winter coat, size small."),
        (RequestState.Cancelled, "clothing", "A duplicate of an earlier coat request."),
    ];

    /// <summary>Moves a demo request to <paramref name="state"/> through the real transitions, so its history reads true.</summary>
    private static void Walk(CareRequest request, RequestState state, string approverId, DateTimeOffset now)
    {
        var at = now.AddDays(-6);
        void Step(RequestAction action, RequestState to, string? note = null)
        {
            RequestStateMachine.Apply(request, action, to, action == RequestAction.Expire ? null : action is RequestAction.Approve or RequestAction.Return or RequestAction.Deny ? approverId : request.CaseworkerId, at, note);
            at = at.AddHours(6);
        }

        if (state == RequestState.Draft)
        {
            return;
        }

        request.FamilyConsent = true;
        request.SubmittedAt = at;
        if (state == RequestState.Cancelled)
        {
            Step(RequestAction.Cancel, RequestState.Cancelled, "Duplicate of another request.");
            request.ClosedAt = at;
            return;
        }

        request.Route = ApprovalRoute.Supervisor;
        Step(RequestAction.Submit, RequestState.AwaitingApproval);
        switch (state)
        {
            case RequestState.AwaitingApproval:
                request.SubmittedAt = now.AddHours(-2);
                return;
            case RequestState.ReturnedForChanges:
                Step(RequestAction.Return, RequestState.ReturnedForChanges, "Tell partners what size and something about the child's strengths.");
                return;
            case RequestState.ExpiredNotApproved:
                Step(RequestAction.Expire, RequestState.ExpiredNotApproved, "Not approved within 4 business days.");
                request.ClosedAt = at;
                return;
            case RequestState.Denied:
                Step(RequestAction.Deny, RequestState.Denied, "Too vague to share; please write a new request.");
                request.ClosedAt = at;
                return;
        }

        Step(RequestAction.Approve, RequestState.Open);
        request.OpenedAt = at;
        request.DueAt = at + UrgencyWindows.Of(request.Urgency);
        switch (state)
        {
            case RequestState.Paused:
                Step(RequestAction.Pause, RequestState.Paused, "The family is moving this week.");
                break;
            case RequestState.ClosedFullyMet:
                Step(RequestAction.CloseFullyMet, RequestState.ClosedFullyMet);
                request.ChildOutcomes = ["kept-safely-at-home"];
                request.Rating = 5;
                request.ClosedAt = at;
                request.Items.ForEach(i => i.QuantityGiven = i.Quantity);
                break;
            case RequestState.ClosedPartiallyMet:
                Step(RequestAction.ClosePartiallyMet, RequestState.ClosedPartiallyMet);
                request.ChildOutcomes = ["placement-kept-stable"];
                request.Rating = 4;
                request.ClosedAt = at;
                request.Items.ForEach(i => (i.Quantity, i.QuantityGiven) = (2, 1));
                break;
            case RequestState.ClosedNotMet:
                Step(RequestAction.CloseNotMet, RequestState.ClosedNotMet);
                request.NotMetReason = "No church nearby could help in time.";
                request.ClosedAt = at;
                break;
        }
    }
}

using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using Xunit;

namespace CarePortal.Web.Tests.Features.Reports;

/// <summary>
/// A known set of requests written straight through the app's DbContext, for reports from 2026-01-01 to 2026-03-31:
/// an agency in Chicago (two counties, two offices, a caseworker, a supervisor per office, an agency admin), another agency
/// in UTC, two churches with a point person each, and a caseworker. The figures the tests expect are worked out by hand in each test.
/// </summary>
public sealed record ReportWorld(
    int Agency, int Region, int County1, int County2, int Office1, int Office2, int OtherAgency, int ChurchA, int ChurchB,
    string AgencyAdmin, string Supervisor1, string Supervisor2, string Caseworker, string OtherAgencyAdmin, string PastorA, string PastorB, string Secret)
{
    public const string From = "2026-01-01";
    public const string To = "2026-03-31";

    /// <summary>Office 2's name starts with '=': a spreadsheet would run it as a formula.</summary>
    public const string FormulaOffice = "=HYPERLINK(\"http://x.example\")";

    public static string Range => $"from={From}&to={To}";

    public static async Task<ReportWorld> SeedAsync(CarePortalApp app)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var secret = $"Secret-description-{tag}";
        return await app.QueryAsync(async db =>
        {
            var agency = new Organisation { Name = $"Agency {tag}", Kind = OrganisationKind.Agency, ApprovalOption = ApprovalOption.None, TimeZone = "America/Chicago" };
            var region = new Organisation { Name = $"Region {tag}", Kind = OrganisationKind.Region, Parent = agency };
            var county1 = new Organisation { Name = $"County one {tag}", Kind = OrganisationKind.County, Parent = region };
            var county2 = new Organisation { Name = $"County two {tag}", Kind = OrganisationKind.County, Parent = region };
            var office1 = new Organisation { Name = $"Office one {tag}", Kind = OrganisationKind.Office, Parent = county1 };
            var office2 = new Organisation { Name = FormulaOffice + tag, Kind = OrganisationKind.Office, Parent = county2 };
            var other = new Organisation { Name = $"Other agency {tag}", Kind = OrganisationKind.Agency, ApprovalOption = ApprovalOption.None };
            var otherRegion = new Organisation { Name = $"Other region {tag}", Kind = OrganisationKind.Region, Parent = other };
            var otherCounty = new Organisation { Name = $"Other county {tag}", Kind = OrganisationKind.County, Parent = otherRegion };
            var churchA = new Organisation { Name = $"Church A {tag}", Kind = OrganisationKind.Church };
            var churchB = new Organisation { Name = $"Church B {tag}", Kind = OrganisationKind.Church };
            db.Organisations.AddRange(agency, region, county1, county2, office1, office2, other, otherRegion, otherCounty, churchA, churchB);

            AppUser Person(string role, Organisation at)
            {
                var email = $"{role}.{Guid.NewGuid().ToString("N")[..6]}.{tag}@reports.example";
                var user = new AppUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), SecurityStamp = tag, DisplayName = role };
                db.Users.Add(user);
                db.Memberships.Add(new Membership { UserId = user.Id, Organisation = at, Role = role });
                return user;
            }

            var admin = Person(Roles.AgencyAdmin, agency);
            var supervisor1 = Person(Roles.Supervisor, office1);
            var supervisor2 = Person(Roles.Supervisor, office2);
            var caseworker = Person(Roles.Caseworker, office1);
            var otherAdmin = Person(Roles.AgencyAdmin, other);
            var pastorA = Person(Roles.ChurchPointPerson, churchA);
            var pastorB = Person(Roles.ChurchPointPerson, churchB);
            var a = new Church { Organisation = churchA, Zip = "37902", PointPersonId = pastorA.Id, Active = true, Status = ChurchStatus.Approved, NeedsServed = Needs.All };
            var b = new Church { Organisation = churchB, Zip = "37902", PointPersonId = pastorB.Id, Active = true, Status = ChurchStatus.Approved, NeedsServed = Needs.All };
            db.Churches.AddRange(a, b);
            await db.SaveChangesAsync();

            CareRequest Request(string need, RequestState state, DateTimeOffset? opened, Organisation office, params (string Name, int Quantity, decimal Value, int? Given)[] items)
            {
                var county = office.Parent!;
                var request = new CareRequest
                {
                    AgencyId = agency.Id, RegionId = region.Id, CountyId = county.Id, OfficeId = office.Id, CaseworkerId = caseworker.Id, Need = need,
                    Description = secret, Zip = "37902", State = state, CreatedAt = opened ?? Utc(2026, 3, 10, 12), SubmittedAt = opened ?? Utc(2026, 3, 10, 12),
                    OpenedAt = opened, ClosedAt = state.ToString().StartsWith("Closed", StringComparison.Ordinal) ? opened!.Value.AddDays(5) : null,
                    Items = [.. items.Select(i => new RequestItem { Name = i.Name, Quantity = i.Quantity, UnitValue = i.Value, QuantityGiven = i.Given })],
                };
                db.Requests.Add(request);
                return request;
            }

            // R1: 23:30 on 31 January in Chicago (05:30 UTC on 1 February): January.
            var r1 = Request("bed", RequestState.ClosedFullyMet, Utc(2026, 2, 1, 5, 30), office1, ("Twin bed", 1, 200m, 1));
            r1.Children = [new RequestChild { Age = 4 }, new RequestChild { Age = 7 }];
            (r1.Rating, r1.ChildOutcomes) = (5, ["kept-safely-at-home"]);
            // R2: partly met by two churches: 1 of 2 coats at 45 (church A) and the shoes at 30 (church B).
            var r2 = Request("clothing", RequestState.ClosedPartiallyMet, Utc(2026, 2, 10, 15), office2, ("Coat", 2, 45m, 1), ("Shoes", 1, 30m, 1));
            r2.Children = [new RequestChild { Age = 3 }, new RequestChild { Age = 5 }, new RequestChild { Age = 9 }];
            (r2.Rating, r2.ChildOutcomes) = (4, ["placement-kept-stable", "returned-home"]);
            var r3 = Request("utilities", RequestState.ClosedNotMet, Utc(2026, 2, 20, 12), office1, ("Power bill", 1, 150m, 0));
            var r4 = Request("food", RequestState.Open, Utc(2026, 3, 5, 12), office1, ("Groceries", 1, 80m, null));
            // Cancelled after opening, with a large value: in no figure.
            Request("furniture", RequestState.Cancelled, Utc(2026, 3, 6, 12), office1, ("Sofa", 1, 1000m, null));
            // Expired waiting for approval: submitted 10 March, never opened.
            Request("bed", RequestState.ExpiredNotApproved, null, office1, ("Bunk bed", 1, 300m, null));
            // R7: rent, no child recorded: counts as one child served.
            var r7 = Request("rent", RequestState.ClosedFullyMet, Utc(2026, 3, 15, 12), office2, ("Rent", 1, 500m, 1));
            (r7.Rating, r7.ChildOutcomes) = (5, ["kept-safely-at-home"]);
            // R8: 23:30 on 31 March in Chicago (CDT, 04:30 UTC on 1 April): still March, still in range.
            var r8 = Request("bed", RequestState.ClosedFullyMet, Utc(2026, 4, 1, 4, 30), office1, ("Crib", 1, 100m, 1));
            r8.Children = [new RequestChild { Age = 1 }];
            (r8.Rating, r8.ChildOutcomes) = (3, ["returned-home"]);
            // R9: 23:30 on 31 December 2025 in Chicago (05:30 UTC on 1 January): before the range.
            var r9 = Request("bed", RequestState.ClosedFullyMet, Utc(2026, 1, 1, 5, 30), office1, ("Bed", 1, 999m, 1));
            (r9.Rating, r9.ChildOutcomes) = (5, ["returned-home"]);
            var r10 = Request("clothing", RequestState.ClosedFullyMet, Utc(2026, 2, 1, 12), office1, ("Coat", 1, 777m, 1));
            (r10.AgencyId, r10.RegionId, r10.CountyId, r10.OfficeId, r10.Rating, r10.ChildOutcomes) = (other.Id, otherRegion.Id, otherCounty.Id, null, 5, ["other"]);
            await db.SaveChangesAsync();

            void Respond(CareRequest request, Church church, AppUser pastor, DateTimeOffset at, params string[] claims)
            {
                db.ChurchResponses.Add(new ChurchResponse { CareRequestId = request.Id, ChurchId = church.Id, UserId = pastor.Id, At = at });
                foreach (var item in request.Items.Where(i => claims.Contains(i.Name)))
                {
                    db.ItemClaims.Add(new ItemClaim { CareRequestId = request.Id, RequestItemId = item.Id, ChurchId = church.Id, UserId = pastor.Id, Quantity = item.Quantity, At = at });
                }
            }

            Respond(r1, a, pastorA, r1.OpenedAt!.Value.AddHours(2), "Twin bed");
            Respond(r2, a, pastorA, r2.OpenedAt!.Value.AddHours(4), "Coat");
            Respond(r2, b, pastorB, r2.OpenedAt!.Value.AddHours(1), "Shoes");
            Respond(r4, b, pastorB, r4.OpenedAt!.Value.AddHours(10), "Groceries");
            Respond(r7, a, pastorA, r7.OpenedAt!.Value.AddHours(30), "Rent");
            Respond(r8, a, pastorA, r8.OpenedAt!.Value.AddHours(20), "Crib");
            Respond(r9, a, pastorA, r9.OpenedAt!.Value.AddHours(1), "Bed");
            Respond(r10, b, pastorB, r10.OpenedAt!.Value.AddHours(3), "Coat");
            var mentoring = new Connection { CareRequestId = r1.Id, ChurchId = a.Id, Kind = "mentoring", StartedOn = new DateOnly(2026, 2, 5), RecordedById = pastorA.Id, RecordedAt = r1.OpenedAt!.Value, FollowUpsSent = 3 };
            var meals = new Connection { CareRequestId = r2.Id, ChurchId = b.Id, Kind = "meals", StartedOn = new DateOnly(2026, 2, 15), EndedOn = new DateOnly(2026, 4, 1), RecordedById = pastorB.Id, RecordedAt = r2.OpenedAt!.Value, FollowUpsSent = 2 };
            db.Connections.AddRange(mentoring, meals);
            await db.SaveChangesAsync();
            // The caseworker answered mentoring at 30 (home, goes on) and 90 (home, goes on), not yet at 180; meals at 30 (home, goes on) and 90 (home, ended).
            foreach (var (connection, days, home, goesOn) in new[] { (mentoring, 30, true, true), (mentoring, 90, true, true), (meals, 30, true, true), (meals, 90, true, false) })
            {
                db.FollowUpAnswers.Add(new FollowUpAnswer { ConnectionId = connection.Id, Days = days, StillSafelyHome = home, ConnectionGoesOn = goesOn, AnsweredById = caseworker.Id, AnsweredAt = r1.OpenedAt!.Value.AddDays(days) });
            }

            await db.SaveChangesAsync();

            return new ReportWorld(agency.Id, region.Id, county1.Id, county2.Id, office1.Id, office2.Id, other.Id, a.Id, b.Id,
                admin.Email!, supervisor1.Email!, supervisor2.Email!, caseworker.Email!, otherAdmin.Email!, pastorA.Email!, pastorB.Email!, secret);
        });
    }

    /// <summary>The agency admin's figures for <see cref="Range"/>, worked out by hand (all but connections and unclosed requests).</summary>
    public static void AssertAgencySummary(ImpactReport report, ReportWorld world)
    {
        // Opened in range (Chicago time): R1 R2 R3 R4 R7 R8 = 6 (R5 cancelled, R6 expired, R9 on 31 Dec in Chicago, R10 another agency).
        // Fully met R1 R7 R8 = 3; partly met R2 = 1; not met R3 = 1; expired R6 = 1; share met (3 + 1) / (3 + 1 + 1) = 0.8.
        // Children: R1 2 + R2 3 + R7 none recorded, so 1 + R8 1 = 7.
        // Value given: R1 200 + R2 (1 coat × 45 + 1 shoes × 30 = 75) + R7 500 + R8 100 = 875.
        Assert.Equal(new Figures(6, 3, 1, 1, 1, 7, 875m), report.Totals);
        Assert.Equal(0.8, report.Totals.ShareMet!.Value, 6);
        // First responses after opening: R2 1 h (church B beat church A's 4 h), R1 2 h, R4 10 h, R8 20 h, R7 30 h; R3 none.
        // n = 5: median at rank ceil(2.5) = 3 → 10 h; 90th percentile at rank ceil(4.5) = 5 → 30 h.
        Assert.Equal(new ResponseTimes(5, 10 * 3600, 30 * 3600), report.ResponseTimes);
        // Months in Chicago: January R1; February R2 R3; March R4 R7 R8 + expired R6.
        Assert.Equal(
            [("2026-01", new Figures(1, 1, 0, 0, 0, 2, 200m)), ("2026-02", new Figures(2, 0, 1, 1, 0, 3, 75m)), ("2026-03", new Figures(3, 2, 0, 0, 1, 2, 600m))],
            report.ByMonth.Select(m => (m.Key, m.Figures)));
        // Office 1: R1 R3 R4 R8 (+ expired R6): 2 fully, 1 not met, children 2 + 1, value 200 + 100. Office 2: R2 R7: children 3 + 1, value 75 + 500.
        Assert.Equal(new Figures(4, 2, 0, 1, 1, 3, 300m), report.ByOffice.Single(o => o.Key == $"{world.Office1}").Figures);
        Assert.Equal(new Figures(2, 1, 1, 0, 0, 4, 575m), report.ByOffice.Single(o => o.Key == $"{world.Office2}").Figures);
        Assert.Equal(report.Totals, report.ByRegion.Single(r => r.Key == $"{world.Region}").Figures);
        Assert.Equal(new Figures(1, 1, 0, 0, 0, 1, 500m), report.ByNeed.Single(n => n.Key == "rent").Figures);
        // Church A answered R1 R2 R7 R8 and gave bed 200 + coat 45 + rent 500 + crib 100 = 845; church B answered R2 R4 and gave shoes 30.
        // R2, met by both, counts once in the totals and once for each church.
        Assert.Equal(new Figures(4, 3, 1, 0, 0, 7, 845m), report.ByChurch.Single(c => c.Key == $"{world.ChurchA}").Figures);
        Assert.Equal(new Figures(2, 0, 1, 0, 0, 3, 30m), report.ByChurch.Single(c => c.Key == $"{world.ChurchB}").Figures);
        Assert.Equal([("5", 2L), ("4", 1L), ("3", 1L)], report.Ratings.Select(r => (r.Key, r.Requests)));
        Assert.Equal([("kept-safely-at-home", 2L), ("returned-home", 2L), ("placement-kept-stable", 1L), ("youth-aging-out-supported", 0L), ("other", 0L)],
            report.Outcomes.Select(o => (o.Key, o.Requests)).OrderByDescending(o => o.Item2).ThenBy(o => o.Key == "other"));
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}

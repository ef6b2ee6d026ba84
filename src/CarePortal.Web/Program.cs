using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Champions;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.ChurchNeeds;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Community;
using CarePortal.Web.Features.CoworkerReads;
using CarePortal.Web.Features.Demo;
using CarePortal.Web.Features.Family;
using CarePortal.Web.Features.Health;
using CarePortal.Web.Features.Home;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Observability;
using CarePortal.Web.Features.Offers;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Platform;
using CarePortal.Web.Features.PublicMap;
using CarePortal.Web.Features.People;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Security;
using CarePortal.Web.Features.Site;
using CarePortal.Web.Features.Texts;
using CarePortal.Web.Features.Tiers;
using CarePortal.Web.Features.Training;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();
builder.AddRefusals();
builder.AddObservability();
builder.AddSecurity();
builder.AddData();
builder.AddHealth();
builder.AddAccounts();
builder.AddAuditLog();
builder.AddRequests();
builder.AddApprovals();
builder.AddOrganisations();
builder.AddPlatform();
builder.AddCoworkerReads();
builder.AddNotifications();
builder.AddTexts();
builder.AddFamily();
builder.AddChurches();
builder.AddCommunity();
builder.AddChurchNeeds();
builder.AddTiers();
builder.AddOffers();
builder.AddChampions();
builder.AddPublicMap();
builder.AddTraining();
builder.AddReports();
builder.AddHome();
builder.AddPeople();

var app = builder.Build();
await app.MigrateDatabaseAsync();
await app.SeedDemoDataAsync();
app.UseSecurityHeaders();
// wwwroot's files are endpoints of MapStaticAssets (below): precompressed, linked by fingerprinted addresses cached for a year
// once published. This middleware serves only a file the build did not list.
app.UseStaticFiles();
app.UseRefusals();
app.UseSite();
app.UseRequestLimits();
app.UseFamily();
app.MapStaticAssets();
app.MapHealth();
app.MapAccounts();
app.MapOrganisations();
app.MapPlatform();
app.MapRequests();
app.MapReview();
app.MapApprovals();
app.MapCoworkerReads();
app.MapNotifications();
app.MapTexts();
app.MapChurches();
app.MapCommunity();
app.MapChurchNeeds();
app.MapTiers();
app.MapOffers();
app.MapChampions();
app.MapReports();
app.MapSite();
// Migrating, seeding and loading the reviewer's lists leave garbage behind: a compacting collection once started gives its
// memory back, so a node serves from a smaller footprint (docs/production.md, the 300 MB bar). The in-process tests, which start
// hundreds of apps, turn it off (Memory:CompactAfterStart).
if (app.Configuration.GetValue("Memory:CompactAfterStart", true))
{
    app.Lifetime.ApplicationStarted.Register(() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));
}

await app.RunAsync();

/// <summary>The entry point, public for the tests' WebApplicationFactory.</summary>
public partial class Program;

using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Approvals;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Demo;
using CarePortal.Web.Features.Health;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Reports;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Site;
using CarePortal.Web.Features.Training;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();
builder.AddData();
builder.AddAccounts();
builder.AddRequests();
builder.AddApprovals();
builder.AddOrganisations();
builder.AddNotifications();
builder.AddChurches();
builder.AddTraining();
builder.AddReports();

var app = builder.Build();
await app.MigrateDatabaseAsync();
await app.SeedDemoDataAsync();
app.UseStaticFiles();
app.UseSite();
app.MapHealth();
app.MapAccounts();
app.MapOrganisations();
app.MapRequests();
app.MapReview();
app.MapApprovals();
app.MapNotifications();
app.MapChurches();
app.MapReports();
app.MapSite();
await app.RunAsync();

/// <summary>The entry point, public for the tests' WebApplicationFactory.</summary>
public partial class Program;

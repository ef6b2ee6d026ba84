using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.People;

/// <summary>One person of the agency: change their role, send a password-reset link, deactivate them, reassign their requests.</summary>
public sealed class PersonModel(AppDbContext db, IAgencyAdmins admins, AuditLog.ContactViews contacts, TimeProvider clock) : PageModel, IShowsRefusals
{
    /// <summary>Whether the email is shown (and the view recorded): not when another site opened the page.</summary>
    public bool ShowsContacts { get; private set; }

    public AgencyPlaces Agency { get; private set; } = new(0, "", []);

    public PersonRow Person { get; private set; } = new("", "", "", [], false);

    public List<OwnedRequest> Owned { get; private set; } = [];

    public List<PersonRow> Candidates { get; private set; } = [];

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<int> Places { get; set; } = [];

    [BindProperty]
    public List<int> Requests { get; set; } = [];

    [BindProperty]
    public string? To { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Agency = await AgencyPlaces.LoadAsync(db, admins, User, id, ct);
        Person = await AgencyPerson.FindAsync(db, Agency, userId, now, ct);
        Owned = await AgencyPerson.OwnedRequestsAsync(db, Agency, Person.UserId, ct);
        Candidates = await ReassignRequests.CandidatesAsync(db, Agency, Person.UserId, now, ct);
        ShowsContacts = await contacts.RecordAsync(User, "email on the person's page", Agency.AgencyId, ct, Person.UserId);
        if (!ShowsContacts)
        {
            Person = Person with { Email = "" };
            Candidates = [.. Candidates.Select(c => c with { Email = "" })];
        }

        if (Request.Method == HttpMethods.Get)
        {
            Role = Person.Roles.Count > 0 ? Person.Roles[0].Role : null;
            Places = [.. Person.Roles.Where(r => r.Role == Role).Select(r => r.PlaceId)];
            Requests = [.. Owned.Select(r => r.Id)];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(int id, string userId, [FromServices] ChangeRole change, CancellationToken ct) =>
        this.ConfirmAndRedirect(await change.RunAsync(User, id, userId, Role, Places, ct), routeValues: new { id, userId });

    public async Task<IActionResult> OnPostResetAsync(int id, string userId, [FromServices] SendPasswordReset reset, CancellationToken ct) =>
        this.ConfirmAndRedirect(await reset.RunAsync(User, id, userId, ct), routeValues: new { id, userId });

    public async Task<IActionResult> OnPostDeactivateAsync(int id, string userId, [FromServices] Deactivate deactivate, CancellationToken ct) =>
        this.ConfirmAndRedirect(await deactivate.RunAsync(User, id, userId, ct), routeValues: new { id, userId });

    public async Task<IActionResult> OnPostReactivateAsync(int id, string userId, [FromServices] Reactivate reactivate, CancellationToken ct) =>
        this.ConfirmAndRedirect(await reactivate.RunAsync(User, id, userId, ct), routeValues: new { id, userId });

    public async Task<IActionResult> OnPostReassignAsync(int id, string userId, [FromServices] ReassignRequests reassign, CancellationToken ct) =>
        this.ConfirmAndRedirect(await reassign.RunAsync(User, id, userId, Requests, To, ct), routeValues: new { id, userId });

    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return OnGetAsync(this.RouteId(), RouteData.Values["userId"] as string ?? "", cancellationToken);
    }
}

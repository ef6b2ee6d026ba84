using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.People;

/// <summary>The agency admin's people page: everyone with a role in the agency, and the invitation form.</summary>
public sealed class IndexModel(AppDbContext db, IAgencyAdmins admins, InvitePerson invite, TimeProvider clock) : PageModel, IShowsRefusals
{
    public AgencyPlaces Agency { get; private set; } = new(0, "", []);

    public List<PersonRow> People { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<int> Places { get; set; } = [];

    public string? ErrorFor(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Agency = await AgencyPlaces.LoadAsync(db, admins, User, id, ct);
        People = await ListPeople.RunAsync(db, Agency, clock.GetUtcNow(), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(int? id, CancellationToken ct)
    {
        await invite.RunAsync(User, id, new InviteInput(Email, Name, Role, Places), ct);
        return this.ConfirmAndRedirect($"Invitation sent to {Email!.Trim()}. The role takes effect when they accept it from the email.", routeValues: new { id });
    }

    public Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return OnGetAsync(RouteData.Values.ContainsKey("id") ? this.RouteId() : null, cancellationToken);
    }
}

using CarePortal.Web.Data;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.People;

/// <summary>The agency admin's people page: everyone with a role in the agency, the invitations waiting (sent again or revoked here), and the invitation form.</summary>
public sealed class IndexModel(AppDbContext db, IAgencyAdmins admins, InvitePerson invite, Accounts.PersonTimeZone zones, AuditLog.ContactViews contacts, TimeProvider clock)
    : PageModel, IShowsRefusals
{
    /// <summary>Whether the emails are shown (and the view recorded): not when another site opened the page.</summary>
    public bool ShowsContacts { get; private set; }

    public AgencyPlaces Agency { get; private set; } = new(0, "", []);

    public List<PersonRow> People { get; private set; } = [];

    public List<PendingInvitation> Pending { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The pending invitation to send again or revoke.</summary>
    [BindProperty]
    public int? Invitation { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public List<int> Places { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Agency = await AgencyPlaces.LoadAsync(db, admins, User, id, ct);
        People = await ListPeople.RunAsync(db, Agency, clock.GetUtcNow(), ct);
        Pending = await PendingInvitations.ListAsync(db, Agency, clock.GetUtcNow(), ct);
        Zone = await zones.OfAgencyAsync(Agency.AgencyId, ct);
        ShowsContacts = await contacts.RecordAsync(User, "emails on the people page", Agency.AgencyId, ct);
        if (!ShowsContacts)
        {
            People = [.. People.Select(p => p with { Email = "" })];
            Pending = [.. Pending.Select(i => i with { Email = "" })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(int? id, [FromServices] ResendInvitation resend, CancellationToken ct) =>
        this.ConfirmAndRedirect(await resend.RunAsync(User, id, Invitation, ct), routeValues: new { id });

    public async Task<IActionResult> OnPostRevokeAsync(int? id, [FromServices] RevokeInvitation revoke, CancellationToken ct) =>
        this.ConfirmAndRedirect(await revoke.RunAsync(User, id, Invitation, ct), routeValues: new { id });

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

using CarePortal.Web.Data;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CarePortal.Web.Features.Churches.Settings;

/// <summary>The church's people and the invitations not yet accepted; the point person invites a responder by email or removes one.</summary>
public sealed class MembersModel(AppDbContext db, ListMembers members, InviteResponder invite, RemoveResponder remove, AuditLog.ContactViews contacts)
    : PageModel, IShowsRefusals
{
    /// <summary>Whether the emails are shown (and the view recorded): not when another site opened the page.</summary>
    public bool ShowsContacts { get; private set; }

    public ChurchView? Church { get; private set; }

    public ChurchMembersView? People { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        Church = ChurchView.From(church);
        People = await members.MembersAsync(User, church.Id, ct);
        ShowsContacts = await contacts.RecordAsync(User, "emails on the church's members page", church.Id, ct);
        if (!ShowsContacts)
        {
            People = People with { Members = [.. People.Members.Select(m => m with { Email = "" })], Invited = [.. People.Invited.Select(i => i with { Email = "" })] };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(int? id, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        await invite.InviteAsync(User, church.Id, new ResponderInput(Email, Name), ct);
        return this.ConfirmAndRedirect($"Invitation sent to {Email!.Trim()}. They appear as members once they follow its link.", routeValues: new { id = church.Id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int? id, string userId, CancellationToken ct)
    {
        var church = await PointPersonChurch.ForAsync(db, User, id, ct);
        await remove.RemoveResponderAsync(User, church.Id, userId, ct);
        return this.ConfirmAndRedirect("Removed: they no longer respond for your church.", routeValues: new { id = church.Id });
    }

    public string FieldKey(string field) => PointPersonChurch.Key(field);

    public async Task<IActionResult> ShowRefusedAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        Response.StatusCode = refusal.Status;
        return await OnGetAsync(RouteData.Values.TryGetValue("id", out var id) && id is not null ? this.RouteId() : null, cancellationToken);
    }
}

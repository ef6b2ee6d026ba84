using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Requests;

namespace CarePortal.Web.Features.AuditLog;

/// <summary>
/// Each view of people's contact data (emails) on a list or a person's page is recorded in the audit log: one row per view,
/// not per person (<see cref="AuditActions.ContactsViewed"/>, on the organisation whose people they are), by the rules of a
/// read of private details (<see cref="PrivateReadLog.RecordWhenShownAsync"/>): the answer never stored, the row written
/// when the answer that shows the contacts starts, whatever its status (the page shown again with a form's refusal shows
/// them too); a refusal that shows none (the error page, ProblemDetails, a server error) writes nothing; and nothing shown
/// or recorded when another site started the request (a link elsewhere must not make a signed-in browser record views in
/// its owner's name): the caller then shows no contacts.
/// </summary>
public sealed class ContactViews(PrivateReadLog reads, TimeProvider clock)
{
    /// <summary>Records the view and says whether the contacts may be shown (false: asked from another site; show none).</summary>
    public async Task<bool> RecordAsync(ClaimsPrincipal user, string what, int? organisationId, CancellationToken ct, string? subjectUserId = null)
    {
        if (reads.AskedFromAnotherSite)
        {
            return false;
        }

        var row = new AdminAction
        {
            At = clock.GetUtcNow(), UserId = user.UserId(), Action = AuditActions.ContactsViewed, Detail = what,
            OrganisationId = organisationId, SubjectUserId = subjectUserId,
        };
        await reads.RecordWhenShownAsync(db => db.AdminActions.Add(row), ct);
        return true;
    }
}

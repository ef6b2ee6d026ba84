using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>What the actions on one person of the agency share: finding them in it, and keeping an administrator in it.</summary>
public static class AgencyPerson
{
    /// <summary>The person as the agency's list shows them; 404 when they hold no role in the agency.</summary>
    public static async Task<PersonRow> FindAsync(AppDbContext db, AgencyPlaces agency, string? userId, DateTimeOffset now, CancellationToken ct) =>
        string.IsNullOrEmpty(userId) ? throw RefusedException.NotFound("No such person in your agency.")
        : (await ListPeople.RunAsync(db, agency, now, ct, userId)).SingleOrDefault() ?? throw RefusedException.NotFound("No such person in your agency.");

    /// <summary>
    /// Refuses (400, at <paramref name="field"/>) a change that would leave the agency with no active administrator: the last
    /// one cannot deactivate or demote themselves, nor be deactivated or demoted.
    /// </summary>
    public static async Task ThrowIfLastAdminAsync(AppDbContext db, AgencyPlaces agency, PersonRow person, string actorId, DateTimeOffset now, string field, CancellationToken ct)
    {
        if (!person.Holds(Roles.AgencyAdmin) || person.Deactivated)
        {
            return;
        }

        var others = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganisationId == agency.AgencyId && m.Role == Roles.AgencyAdmin && m.UserId != person.UserId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.LockoutEnd)
            .ToListAsync(ct);
        if (others.Any(end => end is null || end <= now))
        {
            return;
        }

        throw RefusedException.Invalid(field, person.UserId == actorId
            ? "You are the agency's last administrator: make someone else an agency admin first, then change your own role."
            : $"{person.Name} is the agency's last administrator: make someone else an agency admin first.");
    }

    /// <summary>The requests the person writes and that are not finished: a deactivated caseworker's are handed to someone else.</summary>
    public static Task<List<OwnedRequest>> OwnedRequestsAsync(AppDbContext db, AgencyPlaces agency, string userId, CancellationToken ct) =>
        db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agency.AgencyId && r.CaseworkerId == userId && Unfinished.Contains(r.State))
            .OrderBy(r => r.Id)
            .Select(r => new OwnedRequest(r.Id, r.Need, r.State, r.OfficeId))
            .ToListAsync(ct);

    public static readonly Requests.RequestState[] Unfinished =
    [
        Requests.RequestState.Draft, Requests.RequestState.AwaitingApproval, Requests.RequestState.ReturnedForChanges,
        Requests.RequestState.Open, Requests.RequestState.Paused,
    ];
}

public sealed record OwnedRequest(int Id, string Need, Requests.RequestState State, int? OfficeId);

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.People;

/// <summary>What the agency admin fills in to invite someone.</summary>
public sealed record InviteInput(
    [property: Required(ErrorMessage = InviteInput.EmailMessage)]
    [property: EmailAddress(ErrorMessage = InviteInput.EmailMessage)]
    [property: MaxLength(256, ErrorMessage = InviteInput.EmailMessage)]
    [property: PlainText("the email", lines: false)]
    string? Email,
    [property: Required(ErrorMessage = InviteInput.NameMessage)]
    [property: MaxLength(100, ErrorMessage = InviteInput.NameMessage)]
    [property: PlainText("the name", lines: false)]
    string? Name,
    string? Role,
    [property: MaxLength(InviteInput.MaxPlaces, ErrorMessage = "Choose at most 200 places.")] IReadOnlyList<int>? Places)
{
    public const int MaxPlaces = 200;

    public const string EmailMessage = "Give the person's email address, such as name@agency.gov (at most 256 characters).";
    public const string NameMessage = "Give the person's name (at most 100 characters).";
}

/// <summary>
/// The agency admin invites an address to a role at an office, counties, a region or the agency. Nothing attaches to the
/// address until its owner follows the emailed link (/Accounts/Join), where a newcomer chooses a password: the answer is the
/// same whether or not the address has an account, active or deactivated, and the invitation is listed alike. Only the agency's
/// own deactivated person is said to be one (its people page shows them so): their link would open nothing. A deactivated
/// account is sent nothing (the outbox tells a deactivated person nothing). Inviting again sends a fresh link. Each invitation is
/// kept (<see cref="Invitation"/>) to be listed, sent again or revoked.
/// </summary>
public sealed class InvitePerson(AppDbContext db, IAgencyAdmins admins, UserManager<AppUser> users, Outbox outbox, AdminAudit audit, TimeProvider clock)
{
    public async Task RunAsync(ClaimsPrincipal user, int? agencyId, InviteInput input, CancellationToken ct)
    {
        var agency = await AgencyPlaces.LoadAsync(db, admins, user, agencyId, ct);
        var errors = new Dictionary<string, string[]>();
        try
        {
            FieldChecks.ThrowIfInvalid(input);
        }
        catch (RefusedException refused)
        {
            foreach (var (field, messages) in refused.Refusal.Errors)
            {
                errors[field] = messages;
            }
        }

        var places = RolePlaces.Check(agency, input.Role, input.Places, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var email = input.Email!.Trim();
        var found = await users.FindByEmailAsync(email);
        var ids = agency.AllIds.ToList();
        if (found is not null && ActiveAccounts.IsDeactivated(found) && await db.Memberships.AnyAsync(m => m.UserId == found.Id && ids.Contains(m.OrganisationId), ct))
        {
            // Its link would open nothing: a deactivated account accepts no role until an admin reactivates it. Said only to the
            // person's own agency, whose people page shows them deactivated; anyone else is answered as for any address, and the
            // outbox sends a deactivated person nothing.
            throw RefusedException.Invalid("email", $"{email} belongs to a deactivated account, which accepts no invitation: reactivate it from the person's page in People first, and they keep the roles they had.");
        }

        var person = found ?? await NewAccountAsync(email, input.Name!.Trim());
        var link = await AccountLinks.PathForAsync(users, person, AccountLinks.Join(places, input.Role!));
        var where = input.Role == Roles.AgencyAdmin ? agency.AgencyName : string.Join(", ", places.Select(agency.NameOf));
        var unproved = person.PasswordHash is null || !person.EmailConfirmed;
        var action = unproved
            ? $"Choose your password with the button below to accept: the link works once, within {AccountLinks.Lifetime.Days} days."
            : $"Accept with the button below (the link works once, within {AccountLinks.Lifetime.Days} days), then sign in with your usual password.";
        await outbox.ToPersonAsync(person.Id, new PersonInvitedEmail(agency.AgencyName, Roles.Name(input.Role!), where, link, action), null, ct);
        audit.Record(user, AuditActions.Invited, organisationId: agency.AgencyId, subjectUserId: person.Id, detail: $"{email} as {Roles.Name(input.Role!)} at {where}");
        var key = Invitation.Key(places);
        var kept = await db.Set<Invitation>().FirstOrDefaultAsync(i => i.AgencyId == agency.AgencyId && i.UserId == person.Id && i.Role == input.Role && i.Places == key, ct);
        if (kept is null)
        {
            db.Add(new Invitation { AgencyId = agency.AgencyId, UserId = person.Id, Role = input.Role!, Places = key, SentAt = clock.GetUtcNow() });
        }
        else
        {
            kept.SentAt = clock.GetUtcNow();
            kept.RevokedAt = null;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>An account with no password and an unproved address: nobody signs in to it until its owner follows the link.</summary>
    private async Task<AppUser> NewAccountAsync(string email, string name)
    {
        var person = new AppUser { UserName = email, Email = email, DisplayName = name, LockoutEnabled = true };
        var created = await users.CreateAsync(person);
        return created.Succeeded ? person : throw RefusedException.Invalid("email", string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}

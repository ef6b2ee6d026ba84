using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>The point person invites a person as a responder (an account is made when they have none).</summary>
public sealed class InviteResponder(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, InvitationLinks invitations)
{
    public async Task<AppUser> InviteAsync(ClaimsPrincipal user, int id, ResponderInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal) || input.Email.Length > 256 || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["email"] = ["Give the responder's email and name."] });
        }

        var person = await enrolment.PersonAsync(input.Email.Trim(), input.Name.Trim(), password: null, ct);
        var member = await db.Memberships.AnyAsync(m => m.UserId == person.Id && m.OrganisationId == id && m.Role == Roles.Responder, ct);
        if (!member)
        {
            db.Memberships.Add(new Membership { UserId = person.Id, OrganisationId = id, Role = Roles.Responder });
        }

        // Someone without a password gets a one-time link to choose one; inviting again sends a fresh link (the old one may have expired).
        var email = person.PasswordHash is null
            ? new ResponderInvitedEmail(id, church.Organisation!.Name, invitations.PathFor(person),
                $"Choose your password with the button below: the link works once, within {InvitationLinks.Lifetime.Days} days.")
            : new ResponderInvitedEmail(id, church.Organisation!.Name, "/Accounts/Login", "Sign in with your usual password.");
        if (!member || person.PasswordHash is null)
        {
            await outbox.ToPersonAsync(person.Id, email, null, ct);
            await db.SaveChangesAsync(ct);
        }

        return person;
    }
}

public sealed record ResponderInput(string? Email, string? Name);

using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The point person invites an address as a responder: the address's owner becomes one by the emailed link (an account with
/// no password is made when there is none). Nothing about an existing account comes back: not its id, name or roles.
/// </summary>
public sealed class InviteResponder(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox)
{
    public async Task InviteAsync(ClaimsPrincipal user, int id, ResponderInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal) || input.Email.Length > 256 || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["email"] = ["Give the responder's email and name."] });
        }

        var person = await enrolment.PersonAsync(input.Email.Trim(), input.Name.Trim(), ct);
        if (await db.Memberships.AnyAsync(m => m.UserId == person.Id && m.OrganisationId == id && m.Role == Roles.Responder, ct))
        {
            return;
        }

        // Inviting again sends a fresh link (the old one may have expired).
        var link = await enrolment.JoinPathAsync(person, id, Roles.Responder);
        var action = ChurchEnrolment.Unproved(person)
            ? $"Choose your password with the button below to accept: the link works once, within {AccountLinks.Lifetime.Days} days."
            : $"Accept with the button below (the link works once, within {AccountLinks.Lifetime.Days} days), then sign in with your usual password.";
        await outbox.ToPersonAsync(person.Id, new ResponderInvitedEmail(id, church.Organisation!.Name, link, action), null, ct);
        await db.SaveChangesAsync(ct);
    }
}

public sealed record ResponderInput(string? Email, string? Name);

/// <summary>What an invitation answers: only the address it went to.</summary>
public sealed record InvitationView(string Email);

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// The point person invites an address as a responder: the address's owner becomes one by the emailed link (an account with
/// no password is made when there is none). Nothing about an existing account comes back: not its id, name or roles.
/// Each invitation is audited (and lists the invitee as invited until they follow the link: <see cref="ListMembers"/>).
/// </summary>
public sealed class InviteResponder(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, AdminAudit audit)
{
    public const string AuditAction = "responder-invited";

    public async Task InviteAsync(ClaimsPrincipal user, int id, ResponderInput input, CancellationToken ct)
    {
        var church = await ChurchReaders.ForPointPersonAsync(db, user, id, ct);
        FieldChecks.ThrowIfInvalid(input);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = ["Give the responder's email address, such as name@example.org."];
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors["name"] = ["Give the responder's name."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var person = await enrolment.PersonAsync(input.Email!.Trim(), input.Name!.Trim(), ct);
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
        audit.Record(user, AuditAction, $"Invited {input.Name.Trim()} to respond for {church.Organisation.Name}.", id, person.Id);
        await db.SaveChangesAsync(ct);
    }
}

public sealed record ResponderInput(
    [property: MaxLength(256, ErrorMessage = "Keep the email to 256 characters."), PlainText("the email", lines: false)] string? Email,
    [property: MaxLength(100, ErrorMessage = "Keep the name to 100 characters."), PlainText("the name", lines: false)] string? Name);

/// <summary>What an invitation answers: only the address it went to.</summary>
public sealed record InvitationView(string Email);

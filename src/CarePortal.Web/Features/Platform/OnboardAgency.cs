using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.AuditLog;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Platform;

/// <summary>
/// A platform admin onboards an agency: the agency, its regions, counties and offices, in one transaction with the invitation
/// of its first agency admin, who takes the role by the emailed link to /Accounts/Join (never a role given without it).
/// </summary>
public sealed class OnboardAgency(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, AdminAudit audit, AgencyStructure structure)
{
    public async Task<OnboardedAgency> OnboardAsync(ClaimsPrincipal user, AgencyInput input, CancellationToken ct)
    {
        PlatformAdmins.Require(user, "Only a platform admin onboards an agency.");

        var errors = input.Problems(structure.Zips);
        var name = input.Name?.Trim();
        if (name is not null && !errors.ContainsKey("name")
            && (await db.Organisations.Where(o => o.Kind == OrganisationKind.Agency).Select(o => o.Name).ToListAsync(ct)).Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            errors["name"] = [$"An agency named {name} is on the platform already."];
        }

        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        return await db.InTransactionAsync(async (transaction, token) =>
        {
            var agency = new Organisation
            {
                Name = name!, Kind = OrganisationKind.Agency, ApprovalOption = input.ApprovalOption, TimeZone = input.TimeZone!.Trim(),
            };
            db.Organisations.Add(agency);
            var made = structure.Add(agency, input.FilledRows, []);
            await db.SaveChangesAsync(token);

            var person = await enrolment.PersonAsync(input.AdminEmail!.Trim(), input.AdminName!.Trim(), token);
            var email = new AgencyAdminInvitedEmail(agency.Name, await enrolment.JoinPathAsync(person, agency.Id, Roles.AgencyAdmin),
                ChurchEnrolment.Unproved(person)
                    ? $"Choose your password with the button below to take your place as its agency admin: the link works once, within {AccountLinks.Lifetime.Days} days."
                    : $"Accept your place as its agency admin with the button below (the link works once, within {AccountLinks.Lifetime.Days} days), then sign in with your usual password.");
            await outbox.ToPersonAsync(person.Id, email, null, token);
            audit.Record(user, "agency-onboarded",
                $"Onboarded {agency.Name}: {made.Regions} region(s), {made.Counties} county(ies), {made.Offices} office(s); approval {agency.ApprovalOption}; "
                + $"time zone {agency.TimeZone}; its first agency admin invited by email.", agency.Id, person.Id);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return new OnboardedAgency(agency.Id, agency.Name, made.Regions, made.Counties, made.Offices, person.Email!);
        }, ct);
    }
}

/// <summary>What onboarding made, for the page's confirmation and the API's answer.</summary>
public sealed record OnboardedAgency(int Id, string Name, int Regions, int Counties, int Offices, string InvitedEmail);

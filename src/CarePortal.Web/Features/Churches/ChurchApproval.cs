using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications.Emails;

namespace CarePortal.Web.Features.Churches;

/// <summary>The email that offers a church's point person their role: a link to accept it, never a role given without it.</summary>
public static class ChurchApproval
{
    public static async Task<ChurchApprovedEmail> EmailAsync(ChurchEnrolment enrolment, AppUser person, Church church) =>
        new(church.Id, church.Organisation!.Name, await enrolment.JoinPathAsync(person, church.Id, Roles.ChurchPointPerson),
            ChurchEnrolment.Unproved(person)
                ? $"Choose your password with the button below to take your place as its point person: the link works once, within {AccountLinks.Lifetime.Days} days."
                : $"Accept your place as its point person with the button below (the link works once, within {AccountLinks.Lifetime.Days} days), then sign in with your usual password.");
}

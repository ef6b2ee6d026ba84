using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A church applies on its own and waits for a platform admin. The address given is not trusted: a new one gets an account
/// with no password, whose owner chooses one from the emailed link; an address that has an account is only told by email.
/// The answer is the same either way, so it says nothing about who has an account.
/// </summary>
public sealed class Apply(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, TimeProvider clock)
{
    public const int MaxPerAddressAnHour = 3;

    public async Task<Church> ApplyAsync(ChurchInput input, CancellationToken ct)
    {
        ChurchEnrolment.Check(input);
        var person = await enrolment.PersonAsync(input.PointPersonEmail!.Trim(), input.PointPersonName!.Trim(), ct);
        // Per address, whoever sends them (the rate limiter counts per caller): nobody fills someone's inbox with applications.
        var hourAgo = clock.GetUtcNow() - TimeSpan.FromHours(1);
        if (await db.Notifications.CountAsync(n => n.RecipientId == person.Id && n.Kind == ChurchAppliedEmail.KindName && n.CreatedAt > hourAgo, ct) >= MaxPerAddressAnHour)
        {
            throw new RefusedException(StatusCodes.Status429TooManyRequests, "Too many requests",
                $"This address was named by {MaxPerAddressAnHour} applications in the last hour already. Try again later.");
        }

        var church = await enrolment.AddAsync(input, person, ChurchStatus.Applied, ct);
        var email = ChurchEnrolment.Unproved(person)
            ? new ChurchAppliedEmail(church.Organisation!.Name, await enrolment.ConfirmPathAsync(person),
                $"Confirm your email and choose your password with the button below: the link works once, within {AccountLinks.Lifetime.Days} days.")
            : new ChurchAppliedEmail(church.Organisation!.Name, "/Accounts/Login", "You have an account already: sign in with your usual password to follow the application.");
        await outbox.ToPersonAsync(person.Id, email, null, ct);
        await db.SaveChangesAsync(ct);
        return church;
    }
}

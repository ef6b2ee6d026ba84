using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Churches;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Champions;

/// <summary>
/// A person or an organisation registers as a champion and waits, pending, for a platform admin. As a church's application,
/// the address given is not trusted: a new one gets an account with no password, whose owner chooses one from the emailed
/// link (<see cref="ChurchEnrolment"/>); an address that has an account is only told by email. An address that registered
/// already is told so by email. The answer is the same every time, so it says nothing about who is registered.
/// </summary>
public sealed class Register(AppDbContext db, ChurchEnrolment enrolment, Outbox outbox, TimeProvider clock)
{
    public const int MaxPerAddressAnHour = 3;
    /// <summary>As far as a church may reach: standing offers are matched within that band (<see cref="Offers.OfferMatcher"/>).</summary>
    public const double MaxRadiusMiles = Church.MaxRadiusMiles;

    public async Task RunAsync(ChampionInput input, CancellationToken ct)
    {
        var point = Check(input);
        var person = await enrolment.PersonAsync(input.Email!.Trim(), input.ContactName!.Trim(), ct);
        var hourAgo = clock.GetUtcNow() - TimeSpan.FromHours(1);
        if (await db.Notifications.CountAsync(n => n.RecipientId == person.Id && n.Kind == ChampionRegisteredEmail.KindName && n.CreatedAt > hourAgo, ct) >= MaxPerAddressAnHour)
        {
            throw new RefusedException(StatusCodes.Status429TooManyRequests, "Too many requests",
                $"This address was named by {MaxPerAddressAnHour} registrations in the last hour already. Try again later.");
        }

        var name = input.Name!.Trim();
        var already = await db.Set<Champion>().AnyAsync(c => c.PersonId == person.Id, ct);
        if (!already)
        {
            db.Set<Champion>().Add(new Champion
            {
                Name = name, Kind = input.Kind!.Value, PersonId = person.Id, Zip = ChurchEnrolment.Zip5(input.Zip), Latitude = point.Latitude,
                Longitude = point.Longitude, RadiusMiles = input.RadiusMiles!.Value, Status = ChampionStatus.Pending, CreatedAt = clock.GetUtcNow(),
            });
        }

        var email = already
            ? new ChampionRegisteredEmail(name, "/Champions", "This address registered as a champion before, so nothing new was made: sign in to see where it stands.")
            : ChurchEnrolment.Unproved(person)
                ? new ChampionRegisteredEmail(name, await enrolment.ConfirmPathAsync(person),
                    $"Confirm your email and choose your password with the button below: the link works once, within {AccountLinks.Lifetime.Days} days.")
                : new ChampionRegisteredEmail(name, "/Accounts/Login", "You have an account already: sign in with your usual password to follow the registration.");
        await outbox.ToPersonAsync(person.Id, email, null, ct);
        await db.SaveChangesAsync(ct);
    }

    private static GeoPoint Check(ChampionInput input)
    {
        FieldChecks.ThrowIfInvalid(input);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors["name"] = ["Give your name, or your organisation's (at most 200 characters)."];
        }

        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors["kind"] = ["Say whether you are an individual, a business, a school or a civic group."];
        }

        if (!ZipCentroids.TryGet(input.Zip, out var point))
        {
            errors["zip"] = ["Give a five-digit ZIP: needs near it are shown to you."];
        }

        if (input.RadiusMiles is not (>= 1 and <= MaxRadiusMiles))
        {
            errors["radiusMiles"] = [$"Say how far you will help, from 1 to {MaxRadiusMiles} miles."];
        }

        if (string.IsNullOrWhiteSpace(input.ContactName))
        {
            errors["contactName"] = ["Give the contact's name: the person who reads our emails."];
        }

        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal))
        {
            errors["email"] = ["Give the contact's email address."];
        }

        return errors.Count > 0 ? throw RefusedException.Invalid(errors) : point;
    }
}

/// <summary>A registration: who (a person or an organisation, and its kind), whom to write to, where, and how far they will help.</summary>
public sealed record ChampionInput(
    [property: MaxLength(Champion.MaxName, ErrorMessage = "Keep the name to 200 characters."), PlainText("the name", lines: false)] string? Name,
    ChampionKind? Kind, string? Zip, double? RadiusMiles,
    [property: MaxLength(100, ErrorMessage = "Keep the contact's name to 100 characters."), PlainText("the contact's name", lines: false)] string? ContactName,
    [property: MaxLength(256, ErrorMessage = "Keep the email to 256 characters."), PlainText("the email", lines: false)] string? Email);

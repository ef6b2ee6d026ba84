using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Identity;

namespace CarePortal.Web.Features.Churches;

/// <summary>What onboarding, applying and inviting share: the checks of a new church, its rows, and finding or making a person's account.</summary>
public sealed class ChurchEnrolment(AppDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public Task<AppUser?> FindAsync(string email) => users.FindByEmailAsync(email);

    /// <summary>
    /// The person with this email, or a new account with no password and an unproved address: nobody signs in to it, and no
    /// role attaches to it, until the address's owner follows a link emailed there (<see cref="AccountLinks"/>).
    /// </summary>
    public async Task<AppUser> PersonAsync(string email, string name, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var person = new AppUser { UserName = email, Email = email, DisplayName = name, LockoutEnabled = true };
        var created = await users.CreateAsync(person);
        if (!created.Succeeded)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["email"] = [.. created.Errors.Select(e => e.Description)] });
        }

        ct.ThrowIfCancellationRequested();
        return person;
    }

    public Task<AppUser?> FindByIdAsync(string id) => users.FindByIdAsync(id);

    /// <summary>The link that lets the address's owner take <paramref name="role"/> at the church (choosing a password if they have none).</summary>
    public Task<string> JoinPathAsync(AppUser person, int churchId, string role) => AccountLinks.PathForAsync(users, person, AccountLinks.Join(churchId, role));

    /// <summary>The link that proves the address and lets its owner choose a password.</summary>
    public Task<string> ConfirmPathAsync(AppUser person) => AccountLinks.PathForAsync(users, person, AccountLinks.Confirm);

    /// <summary>Whether the person must still follow a link before they can sign in (no password, or an address never proved).</summary>
    public static bool Unproved(AppUser person) => person.PasswordHash is null || !person.EmailConfirmed;

    /// <summary>The church and its organisation, added (the organisation saved, for its id); the caller saves the church.</summary>
    public async Task<Church> AddAsync(ChurchInput input, AppUser person, ChurchStatus status, CancellationToken ct)
    {
        var point = ZipCentroids.TryGet(input.Zip, out var found) ? found : throw new InvalidOperationException("The ZIP was checked before.");
        var zip = Zip5(input.Zip);
        var organisation = new Organisation { Name = input.Name!.Trim(), Kind = OrganisationKind.Church, Zip = zip };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        var church = new Church
        {
            Id = organisation.Id,
            Organisation = organisation,
            Zip = zip,
            Latitude = point.Latitude,
            Longitude = point.Longitude,
            RadiusMiles = input.RadiusMiles,
            NeedsServed = input.Needs!,
            Status = status,
            Active = status == ChurchStatus.Approved,
            PointPersonId = person.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Churches.Add(church);
        return church;
    }

    public static string Zip5(string? zip) => ZipCentroids.TryParse(zip, out var zip5)
        ? zip5.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)
        : throw new InvalidOperationException("The ZIP was checked before.");

    public static void Check(ChurchInput input)
    {
        FieldChecks.ThrowIfInvalid(input);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors["name"] = ["Give the church's name (at most 200 characters)."];
        }

        if (!ZipCentroids.TryGet(input.Zip, out _))
        {
            errors["zip"] = ["Give the five-digit ZIP of the church's street address."];
        }

        if (string.IsNullOrWhiteSpace(input.PointPersonEmail) || !input.PointPersonEmail.Contains('@', StringComparison.Ordinal)
            || string.IsNullOrWhiteSpace(input.PointPersonName))
        {
            errors["pointPersonEmail"] = ["Give the point person's email and name."];
        }

        CheckRadiusAndNeeds(input.RadiusMiles, input.Needs, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }
    }

    public static void CheckRadiusAndNeeds(double? radius, IReadOnlyList<string>? needs, Dictionary<string, string[]> errors)
    {
        if (radius is not null and not (> 0 and <= Church.MaxRadiusMiles))
        {
            errors["radiusMiles"] = [$"The church's own radius is from 1 to {Church.MaxRadiusMiles} miles, or none to use the county's."];
        }

        if (needs is null || needs.Any(n => !Needs.All.Contains(n)))
        {
            errors["needs"] = [$"Choose the needs the church serves from: {string.Join(", ", Needs.All)}."];
        }
    }
}

public sealed record ChurchInput(
    [property: MaxLength(200, ErrorMessage = "Keep the church's name to 200 characters."), PlainText("the church's name", lines: false)] string? Name,
    string? Zip, double? RadiusMiles, [property: MaxLength(Needs.MaxListed, ErrorMessage = Needs.MaxListedMessage)] IReadOnlyList<string>? Needs,
    [property: MaxLength(256, ErrorMessage = "Keep the point person's email to 256 characters."), PlainText("the email", lines: false)] string? PointPersonEmail,
    [property: MaxLength(100, ErrorMessage = "Keep the point person's name to 100 characters."), PlainText("the name", lines: false)] string? PointPersonName);

public sealed record ChurchView(int Id, string Name, string Zip, double? RadiusMiles, IReadOnlyList<string> Needs, bool Paused, bool Active, ChurchStatus Status,
    string? Address = null, string? TimeZone = null, bool Connecting = false)
{
    public static ChurchView From(Church c) =>
        new(c.Id, c.Organisation?.Name ?? "", c.Zip, c.RadiusMiles, c.NeedsServed, c.Paused, c.Active, c.Status, c.Address, c.Organisation?.TimeZone, c.Connecting);
}

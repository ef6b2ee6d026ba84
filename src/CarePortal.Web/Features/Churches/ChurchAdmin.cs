using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>
/// A church's life on the platform, for the API and the pages alike: onboarding by a platform admin, its own application
/// and the admin's decision, its settings and pause, its responders, its teams' settings, and the counties' reach.
/// </summary>
public sealed class ChurchAdmin(AppDbContext db, UserManager<AppUser> users, Outbox outbox, InvitationLinks invitations, TimeProvider clock)
{
    /// <summary>A platform admin onboards a church: it is approved and active at once.</summary>
    public async Task<Church> OnboardAsync(ClaimsPrincipal user, ChurchInput input, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only a platform admin onboards a church; a church may apply on its own.");
        }

        Check(input, passwordNeeded: false);
        var person = await PersonAsync(input.PointPersonEmail!, input.PointPersonName!, password: null, ct);
        var church = await AddAsync(input, person, ChurchStatus.Approved, ct);
        db.Memberships.Add(new Membership { UserId = person.Id, OrganisationId = church.Id, Role = Roles.ChurchPointPerson });
        await outbox.ToPersonAsync(person.Id, new ChurchApprovedEmail(church.Id, church.Organisation!.Name), null, ct);
        await db.SaveChangesAsync(ct);
        return church;
    }

    /// <summary>A church applies on its own: its point person gets an account; the church waits for a platform admin.</summary>
    public async Task<Church> ApplyAsync(ChurchInput input, CancellationToken ct)
    {
        Check(input, passwordNeeded: true);
        var email = input.PointPersonEmail!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["pointPersonEmail"] = ["This email has an account already: sign in, or ask a platform admin to onboard the church."] });
        }

        var person = await PersonAsync(email, input.PointPersonName!, input.Password, ct);
        var church = await AddAsync(input, person, ChurchStatus.Applied, ct);
        await db.SaveChangesAsync(ct);
        return church;
    }

    public async Task<Church> DecideAsync(ClaimsPrincipal user, int id, bool approve, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only a platform admin decides on a church's application.");
        }

        var church = await LoadAsync(id, ct);
        if (church.Status != ChurchStatus.Applied)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Already decided", $"This church is {church.Status.ToString().ToLowerInvariant()} already.");
        }

        church.Status = approve ? ChurchStatus.Approved : ChurchStatus.Declined;
        church.Active = approve;
        if (approve)
        {
            db.Memberships.Add(new Membership { UserId = church.PointPersonId, OrganisationId = church.Id, Role = Roles.ChurchPointPerson });
            await outbox.ToPersonAsync(church.PointPersonId, new ChurchApprovedEmail(church.Id, church.Organisation!.Name), null, ct);
        }

        await db.SaveChangesAsync(ct);
        return church;
    }

    /// <summary>The point person (or a platform admin) changes where the church is, how far it goes, what it serves, and pauses it.</summary>
    public async Task<Church> SetAsync(ClaimsPrincipal user, int id, ChurchSettingsInput input, CancellationToken ct)
    {
        var church = await LoadForPointPersonAsync(user, id, ct);
        var errors = new Dictionary<string, string[]>();
        if (!ZipCentroids.TryGet(input.Zip, out var point))
        {
            errors["zip"] = ["Give the five-digit ZIP of the church's street address."];
        }

        CheckRadiusAndNeeds(input.RadiusMiles, input.Needs, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        church.Zip = Zip5(input.Zip);
        church.Organisation!.Zip = church.Zip;
        (church.Latitude, church.Longitude) = (point.Latitude, point.Longitude);
        church.RadiusMiles = input.RadiusMiles;
        church.NeedsServed = input.Needs!;
        church.Paused = input.Paused;
        await db.SaveChangesAsync(ct);
        return church;
    }

    public async Task<Church> PauseAsync(ClaimsPrincipal user, int id, bool paused, CancellationToken ct)
    {
        var church = await LoadForPointPersonAsync(user, id, ct);
        church.Paused = paused;
        await db.SaveChangesAsync(ct);
        return church;
    }

    /// <summary>The point person invites a person as a responder (an account is made when they have none).</summary>
    public async Task<AppUser> InviteAsync(ClaimsPrincipal user, int id, ResponderInput input, CancellationToken ct)
    {
        var church = await LoadForPointPersonAsync(user, id, ct);
        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@', StringComparison.Ordinal) || input.Email.Length > 256 || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 100)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["email"] = ["Give the responder's email and name."] });
        }

        var person = await PersonAsync(input.Email.Trim(), input.Name.Trim(), password: null, ct);
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

    public async Task RemoveResponderAsync(ClaimsPrincipal user, int id, string userId, CancellationToken ct)
    {
        await LoadForPointPersonAsync(user, id, ct);
        var teams = db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        var memberships = await db.Memberships.Where(m => m.UserId == userId && m.Role == Roles.Responder && (m.OrganisationId == id || teams.Contains(m.OrganisationId))).ToListAsync(ct);
        if (memberships.Count == 0)
        {
            throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such responder of this church.");
        }

        db.Memberships.RemoveRange(memberships);
        // Their assignments end with their place in the church (unless they keep another role in it), in the same save: an
        // assignment left behind let them read the private details through any other church the request reached.
        var removed = memberships.Select(m => m.Id).ToList();
        if (!await db.Memberships.AnyAsync(m => m.UserId == userId && !removed.Contains(m.Id) && (m.OrganisationId == id || teams.Contains(m.OrganisationId)), ct))
        {
            db.ResponderAssignments.RemoveRange(await db.ResponderAssignments.Where(a => a.UserId == userId && a.ChurchId == id).ToListAsync(ct));
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<List<ResponderView>> RespondersAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        await LoadForPointPersonAsync(user, id, ct, teamLeaderToo: true);
        var teams = db.Organisations.Where(o => o.ParentId == id && o.Kind == OrganisationKind.Team).Select(o => o.Id);
        return await db.Memberships.AsNoTracking()
            .Where(m => m.Role == Roles.Responder && (m.OrganisationId == id || teams.Contains(m.OrganisationId)))
            .Select(m => new ResponderView(m.UserId, m.User!.DisplayName, m.User.Email ?? "", m.OrganisationId == id ? null : m.OrganisationId))
            .ToListAsync(ct);
    }

    /// <summary>A team's leader (or the church's point person) decides which of its members get which requests.</summary>
    public async Task SetTeamAsync(ClaimsPrincipal user, int id, int teamId, TeamSettingInput input, CancellationToken ct)
    {
        var team = await db.Organisations.SingleOrDefaultAsync(o => o.Id == teamId && o.ParentId == id && o.Kind == OrganisationKind.Team, ct)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such team of this church.");
        if (!user.HasRoleAt(Roles.ChurchPointPerson, id) && !user.HasRoleAt(Roles.TeamLeader, team.Id))
        {
            throw RefusedException.Forbidden("Only the church's point person or the team's leader changes the team's settings.");
        }

        var errors = new Dictionary<string, string[]>();
        CheckRadiusAndNeeds(null, input.Needs ?? [], errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }

        var setting = await db.TeamSettings.SingleOrDefaultAsync(t => t.TeamId == teamId, ct);
        if (setting is null)
        {
            setting = new TeamSetting { TeamId = teamId };
            db.TeamSettings.Add(setting);
        }

        setting.MembersGetRequests = input.MembersGetRequests;
        setting.Needs = "," + string.Join(',', (input.Needs ?? []).Distinct()) + (input.Needs is { Count: > 0 } ? "," : "");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The region's manager (or a platform admin) sets a county's radius and number of churches.</summary>
    public async Task SetReachAsync(ClaimsPrincipal user, int countyId, CountyReachInput input, CancellationToken ct)
    {
        var county = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == countyId && o.Kind == OrganisationKind.County, ct)
            ?? throw new RefusedException(StatusCodes.Status404NotFound, "Not found", "No such county.");
        if (!user.HasRoleAt(Roles.RegionalManager, county.ParentId) && !user.IsInRole(Roles.PlatformAdmin))
        {
            throw RefusedException.Forbidden("Only the region's manager sets a county's radius and number of churches.");
        }

        if (input.RadiusMiles is not (> 0 and <= Church.MaxRadiusMiles) || input.Churches is < 1 or > 50)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["radiusMiles"] = [$"A radius from 1 to {Church.MaxRadiusMiles} miles and 1 to 50 churches."] });
        }

        var setting = await db.CountySettings.SingleOrDefaultAsync(c => c.CountyId == countyId, ct);
        if (setting is null)
        {
            setting = new CountySetting { CountyId = countyId };
            db.CountySettings.Add(setting);
        }

        setting.RadiusMiles = input.RadiusMiles;
        setting.Churches = input.Churches;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Church> LoadAsync(int id, CancellationToken ct) =>
        await db.Churches.Include(c => c.Organisation).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NoSuchChurch();

    /// <summary>The church if the user may read it (<see cref="ChurchReaders"/>); else, as for no church at all, 404.</summary>
    public async Task<Church> ReadAsync(ClaimsPrincipal user, int id, CancellationToken ct) =>
        await db.Churches.Include(c => c.Organisation).Where(ChurchReaders.Of(user)).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NoSuchChurch();

    private static RefusedException NoSuchChurch() => new(StatusCodes.Status404NotFound, "Not found", "No such church.");

    private async Task<Church> LoadForPointPersonAsync(ClaimsPrincipal user, int id, CancellationToken ct, bool teamLeaderToo = false)
    {
        var church = await ReadAsync(user, id, ct);
        var leaderOf = user.OrganisationsWithRole(Roles.TeamLeader);
        var teamLeader = teamLeaderToo && leaderOf.Count > 0 && await db.Organisations.AnyAsync(o => leaderOf.Contains(o.Id) && o.ParentId == id, ct);
        if (!user.HasRoleAt(Roles.ChurchPointPerson, id) && !user.IsInRole(Roles.PlatformAdmin) && !teamLeader)
        {
            throw RefusedException.Forbidden("Only the church's point person (or a platform admin) does this.");
        }

        return church;
    }

    private async Task<Church> AddAsync(ChurchInput input, AppUser person, ChurchStatus status, CancellationToken ct)
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

    private async Task<AppUser> PersonAsync(string email, string name, string? password, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var person = new AppUser { UserName = email, Email = email, DisplayName = name, LockoutEnabled = true };
        var created = password is null ? await users.CreateAsync(person) : await users.CreateAsync(person, password);
        if (!created.Succeeded)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { [password is null ? "email" : "password"] = [.. created.Errors.Select(e => e.Description)] });
        }

        ct.ThrowIfCancellationRequested();
        return person;
    }

    private static string Zip5(string? zip) => ZipCentroids.TryParse(zip, out var zip5)
        ? zip5.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)
        : throw new InvalidOperationException("The ZIP was checked before.");

    private static void Check(ChurchInput input, bool passwordNeeded)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors["name"] = ["Give the church's name (at most 200 characters)."];
        }

        if (!ZipCentroids.TryGet(input.Zip, out _))
        {
            errors["zip"] = ["Give the five-digit ZIP of the church's street address."];
        }

        if (string.IsNullOrWhiteSpace(input.PointPersonEmail) || !input.PointPersonEmail.Contains('@', StringComparison.Ordinal) || input.PointPersonEmail.Length > 256
            || string.IsNullOrWhiteSpace(input.PointPersonName) || input.PointPersonName.Length > 100)
        {
            errors["pointPersonEmail"] = ["Give the point person's email and name."];
        }

        if (passwordNeeded && string.IsNullOrEmpty(input.Password))
        {
            errors["password"] = ["Choose a password for the point person's account."];
        }

        CheckRadiusAndNeeds(input.RadiusMiles, input.Needs, errors);
        if (errors.Count > 0)
        {
            throw RefusedException.Invalid(errors);
        }
    }

    private static void CheckRadiusAndNeeds(double? radius, IReadOnlyList<string>? needs, Dictionary<string, string[]> errors)
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

public sealed record ChurchInput(string? Name, string? Zip, double? RadiusMiles, IReadOnlyList<string>? Needs, string? PointPersonEmail, string? PointPersonName, string? Password = null);

public sealed record ChurchSettingsInput(string? Zip, double? RadiusMiles, IReadOnlyList<string>? Needs, bool Paused);

public sealed record ResponderInput(string? Email, string? Name);

public sealed record TeamSettingInput(bool MembersGetRequests, IReadOnlyList<string>? Needs);

public sealed record CountyReachInput(double RadiusMiles, int Churches);

public sealed record ResponderView(string UserId, string Name, string Email, int? TeamId);

public sealed record ChurchView(int Id, string Name, string Zip, double? RadiusMiles, IReadOnlyList<string> Needs, bool Paused, bool Active, ChurchStatus Status)
{
    public static ChurchView From(Church c) => new(c.Id, c.Organisation?.Name ?? "", c.Zip, c.RadiusMiles, c.NeedsServed, c.Paused, c.Active, c.Status);
}

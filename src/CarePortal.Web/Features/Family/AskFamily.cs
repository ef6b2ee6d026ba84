using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Organisations;
using CarePortal.Web.Features.Requests;
using CarePortal.Web.Features.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePortal.Web.Features.Family;

/// <summary>
/// The caseworker, with the family's consent, sends the family a one-time link (<see cref="FamilyLinks"/>) by text message or
/// email in English or Spanish: the consent and the way to reach them are kept (<see cref="FamilyContact"/>), the link and
/// its message written in one save, so a crash loses neither or both. Only once the help was delivered or the request closed as met.
/// </summary>
public sealed class AskFamily(AppDbContext db, RequestStore requests, FamilyMessages messages, IOptions<FamilyOptions> options, IOptions<TextOptions> texts,
    TimeProvider clock)
{
    public static readonly string[] Languages = ["en", "es"];

    public async Task<FamilyAsk> RunAsync(ClaimsPrincipal user, int id, FamilyAskInput input, CancellationToken ct)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.Close, ct);
        if (!await MayAskAsync(db, request, ct))
        {
            throw RefusedException.Conflict("Not yet", "Ask the family once a church has delivered the help, or once the request is closed as met.");
        }

        await ThrowIfAskedLatelyAsync(request, ct);
        var (phone, errors) = Check(input, texts.Value.HomeRegion);
        RequestStore.ThrowIfInvalid(errors);
        var now = clock.GetUtcNow();
        var contact = await db.Set<FamilyContact>().SingleOrDefaultAsync(c => c.CareRequestId == id, ct);
        if (contact is null)
        {
            contact = new FamilyContact { CareRequestId = id, Language = input.Language!, ConsentById = user.UserId() };
            db.Add(contact);
        }

        contact.Phone = input.Channel == "text" ? phone : null;
        contact.Email = input.Channel == "email" ? input.Email!.Trim() : null;
        contact.Language = input.Language!;
        contact.ConsentAt = now;
        contact.ConsentById = user.UserId();
        contact.ErasedAt = null;
        var token = FamilyLinks.NewToken();
        var ask = new FamilyAsk
        {
            CareRequestId = id,
            Channel = input.Channel!,
            Language = input.Language!,
            TokenHash = FamilyLinks.Hash(token),
            SentById = user.UserId(),
            SentAt = now,
            ExpiresAt = now + options.Value.LinkLifetime,
        };
        db.Add(ask);
        await messages.QueueAsync(request, contact, ask, token, ct);
        await db.SaveChangesAsync(ct);
        return ask;
    }

    /// <summary>Whether the help reached the family: a church said it delivered, or the request closed as met or partly met.</summary>
    public static async Task<bool> MayAskAsync(AppDbContext db, CareRequest request, CancellationToken ct) =>
        request.State is RequestState.ClosedFullyMet or RequestState.ClosedPartiallyMet
        || (request.State is RequestState.Open or RequestState.Paused && await db.Deliveries.AnyAsync(d => d.CareRequestId == request.Id, ct));

    /// <summary>One link per <see cref="FamilyOptions.AskAgainAfter"/>: a family is not pressed with link after link.</summary>
    private async Task ThrowIfAskedLatelyAsync(CareRequest request, CancellationToken ct)
    {
        var wait = options.Value.AskAgainAfter;
        var last = await db.Set<FamilyAsk>().Where(a => a.CareRequestId == request.Id).OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.SentAt).FirstOrDefaultAsync(ct);
        if (wait <= TimeSpan.Zero || last is not { } sent || sent + wait <= clock.GetUtcNow())
        {
            return;
        }

        var zone = await db.Organisations.Where(o => o.Id == request.AgencyId).Select(o => o.TimeZone).SingleOrDefaultAsync(ct);
        throw new RefusedException(StatusCodes.Status429TooManyRequests, "Asked lately",
            $"The family was sent a link lately: send another from {LocalTime.Describe(sent + wait, AgencyTimeZone.Of(zone))}, so as not to press them.");
    }

    private static (string? Phone, Dictionary<string, string[]> Errors) Check(FamilyAskInput input, string region)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Consent != true)
        {
            errors["consent"] = ["Ask the family first, and tick this only if they agreed to be asked. If they did not, send nothing."];
        }

        if (!Languages.Contains(input.Language))
        {
            errors["language"] = ["Choose the family's language: English or Spanish."];
        }

        string? phone = null;
        if (input.Channel == "text")
        {
            (phone, var error) = MobileNumbers.Parse(input.Phone, region);
            if (error is not null)
            {
                errors["phone"] = [error];
            }
        }
        else if (input.Channel == "email")
        {
            if (string.IsNullOrWhiteSpace(input.Email) || input.Email.Trim().Length > 256 || !new EmailAddressAttribute().IsValid(input.Email.Trim()))
            {
                errors["email"] = ["Write the family's email address, such as name@example.com."];
            }
        }
        else
        {
            errors["channel"] = ["Choose how to send the link: by text message or by email."];
        }

        return (phone, errors);
    }
}

public sealed record FamilyAskInput(bool? Consent, string? Channel, string? Phone, string? Email, string? Language);

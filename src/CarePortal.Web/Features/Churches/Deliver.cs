using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>A church that committed tells the caseworker it delivered; the caseworker is emailed to close the request.</summary>
public sealed class Deliver(AppDbContext db, ChurchSide side, Outbox outbox, TimeProvider clock)
{
    public async Task<DeliveryView> DeliveredAsync(ClaimsPrincipal user, int id, DeliveryInput input, CancellationToken ct)
    {
        FieldChecks.ThrowIfInvalid(input);
        var (request, _, _) = await side.OfAsync(user, id, ct);
        var churchId = await side.ChurchForAsync(user, request, input.ChurchId, ct);
        if (!await db.ItemClaims.AnyAsync(c => c.CareRequestId == id && c.ChurchId == churchId, ct))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not committed", "Say \"Yes, I can help\" before saying you delivered.");
        }

        if (request.State is not (RequestState.Open or RequestState.Paused))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Closed", $"The request is {request.State.Phrase()} already.");
        }

        var delivery = new Delivery { CareRequestId = id, ChurchId = churchId, UserId = user.UserId(), Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), At = clock.GetUtcNow() };
        db.Deliveries.Add(delivery);
        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        await outbox.ToPersonAsync(request.CaseworkerId, new ChurchDeliveredEmail(id, request.Need, church), id, ct);
        await db.SaveChangesAsync(ct);
        var by = await db.Users.AsNoTracking().Where(u => u.Id == delivery.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        return new DeliveryView(by, delivery.Note, delivery.At);
    }
}

public sealed record DeliveryInput(int? ChurchId, [property: MaxLength(2000, ErrorMessage = "Keep the note under 2000 characters."), PlainText("the note")] string? Note);

public sealed record DeliveryView(string By, string? Note, DateTimeOffset At);

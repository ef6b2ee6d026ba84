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

/// <summary>A message on a request: the caseworker's side to one church, or a church's to the caseworker; the other side is emailed.</summary>
public sealed class WriteMessage(AppDbContext db, ChurchSide side, Outbox outbox, TimeProvider clock)
{
    public async Task<MessageView> WriteAsync(ClaimsPrincipal user, int id, MessageInput input, CancellationToken ct)
    {
        var (request, staff, _) = await side.OfAsync(user, id, ct);
        FieldChecks.ThrowIfInvalid(input);
        if (string.IsNullOrWhiteSpace(input.Body))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["body"] = ["Write a message of at most 4000 characters."] });
        }

        int churchId;
        List<string> tell;
        if (staff)
        {
            churchId = input.ChurchId ?? 0;
            if (!await db.RequestRecipients.AnyAsync(r => r.CareRequestId == id && r.ChurchId == churchId, ct))
            {
                throw RefusedException.Invalid(new Dictionary<string, string[]> { ["churchId"] = ["Write to a church this request went to."] });
            }

            // The church's point people, as far as the tier rule lets them hear of the request (tier 2: those its agency approved).
            var pointPeople = await ChurchLeaders.PointPeopleOf(db, churchId).ToListAsync(ct);
            tell = [.. await ChurchAccess.HearingOfAsync(db, request, pointPeople, clock.GetUtcNow(), ct)];
        }
        else
        {
            churchId = await side.ChurchForAsync(user, request, input.ChurchId, ct);
            tell = [request.CaseworkerId];
        }

        var message = new RequestMessage { CareRequestId = id, ChurchId = churchId, AuthorId = user.UserId(), Body = input.Body.Trim(), At = clock.GetUtcNow() };
        db.RequestMessages.Add(message);
        var from = await db.Users.Where(u => u.Id == message.AuthorId).Select(u => u.DisplayName).SingleAsync(ct);
        await outbox.ToPeopleAsync(tell, new RequestMessageEmail(id, from), id, digestible: false, ct);
        await db.SaveChangesAsync(ct);
        return new MessageView(message.Id, churchId, from, message.Body, message.At);
    }
}

public sealed record MessageInput(int? ChurchId,
    [property: MaxLength(4000, ErrorMessage = "Write a message of at most 4000 characters."), PlainText("the message")] string? Body);

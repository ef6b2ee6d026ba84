using System.Security.Claims;
using CarePortal.Web.Data;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Notifications;
using CarePortal.Web.Features.Notifications.Emails;
using CarePortal.Web.Features.Refusals;
using CarePortal.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace CarePortal.Web.Features.Churches;

/// <summary>"Yes, I can help": a church meets the whole request or some items (an item is met by one church only).</summary>
public sealed class Respond(AppDbContext db, ReadRequest workflow, ChurchSide side, ChurchAccess access, Outbox outbox, TimeProvider clock)
{
    public async Task<ResponseView> RespondAsync(ClaimsPrincipal user, int id, ResponseInput input, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        var churchId = await side.ChurchForAsync(user, request, input.ChurchId, ct);
        if (request.State != RequestState.Open)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not open", $"A request that is {request.State} takes no responses.");
        }

        if (input.Message?.Length > 2000)
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["message"] = ["Keep the message under 2000 characters."] });
        }

        var claimed = await db.ItemClaims.Where(c => c.CareRequestId == id).ToDictionaryAsync(c => c.RequestItemId, c => c.ChurchId, ct);
        var wanted = input.ItemIds is { Count: > 0 } ids ? ids.Distinct().ToList() : [.. request.Items.Where(i => !claimed.ContainsKey(i.Id)).Select(i => i.Id)];
        if (wanted.Any(w => request.Items.All(i => i.Id != w)))
        {
            throw RefusedException.Invalid(new Dictionary<string, string[]> { ["itemIds"] = ["Choose items of this request."] });
        }

        var taken = wanted.Where(w => claimed.TryGetValue(w, out var by) && by != churchId).ToList();
        if (wanted.Count == 0 || taken.Count > 0)
        {
            throw Taken(request, taken);
        }

        var now = clock.GetUtcNow();
        var me = user.UserId();
        foreach (var item in wanted.Where(w => !claimed.ContainsKey(w)))
        {
            db.ItemClaims.Add(new ItemClaim { RequestItemId = item, CareRequestId = id, ChurchId = churchId, UserId = me, At = now });
        }

        db.ChurchResponses.Add(new ChurchResponse { CareRequestId = id, ChurchId = churchId, UserId = me, Message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim(), At = now });
        var routing = await db.RequestRoutings.SingleOrDefaultAsync(r => r.CareRequestId == id, ct);
        if (routing is not null && routing.FirstResponseAt is null)
        {
            routing.FirstResponseAt = now;
        }

        var responder = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).SingleAsync(ct);
        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        var items = string.Join(", ", request.Items.Where(i => wanted.Contains(i.Id)).Select(i => $"{i.Quantity} × {i.Name}"));
        // The responder's contact details go to the caseworker alone, in this email.
        await outbox.ToPersonAsync(request.CaseworkerId,
            new ChurchRespondedEmail(id, request.Need, church, responder.DisplayName, responder.Email ?? "", responder.PhoneNumber ?? "", items, input.Message?.Trim() ?? ""), id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another church claimed one of these items between our read and our write: the unique item index refused ours.
            db.ChangeTracker.Clear();
            var nowTaken = await db.ItemClaims.AsNoTracking().Where(c => wanted.Contains(c.RequestItemId) && c.ChurchId != churchId).Select(c => c.RequestItemId).ToListAsync(ct);
            throw Taken(request, nowTaken);
        }

        access.Forget();
        return new ResponseView(id, churchId, wanted);
    }

    private static RefusedException Taken(CareRequest request, List<int> taken) =>
        new(StatusCodes.Status409Conflict, "Already being met",
            taken.Count == 0
                ? "Every item of this request is being met already."
                : $"Another church is already meeting {string.Join(", ", request.Items.Where(i => taken.Contains(i.Id)).Select(i => i.Name))}. Choose other items, or write to the caseworker.",
            new Dictionary<string, object?> { ["itemIds"] = taken });
}

public sealed record ResponseInput(int? ChurchId, IReadOnlyList<int>? ItemIds, string? Message);

public sealed record ResponseView(int RequestId, int ChurchId, IReadOnlyList<int> ItemIds);

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

/// <summary>
/// "Yes, I can help": a church meets the whole request, some items, or part of an item's quantity ("2 of 4 coats"); what is
/// left stays needed for the others. Two churches answering at once cannot over-commit an item: the answer's save also moves
/// the request's version, so the second save is tried again on what the first committed, and refused when nothing is left.
/// </summary>
public sealed class Respond(
    AppDbContext db, ReadRequest workflow, ChurchSide side, ChurchAccess access, Outbox outbox, TimeProvider clock, IEnumerable<IRequestChangeListener> changes,
    IEnumerable<IChurchCommitListener> commitments)
{
    private const int Attempts = 3;

    public Task<ResponseView> RespondAsync(ClaimsPrincipal user, int id, ResponseInput input, CancellationToken ct) => RespondAsync(user, id, input, passedOn: false, ct);

    /// <param name="passedOn">
    /// The church passes on what someone else gives (a champion's offer it claims): the same answer, but the church's own standing
    /// offers are not drawn on (no <see cref="IChurchCommitListener"/> hears it); the caller takes it off the giver's.
    /// </param>
    public async Task<ResponseView> RespondAsync(ClaimsPrincipal user, int id, ResponseInput input, bool passedOn, CancellationToken ct)
    {
        FieldChecks.ThrowIfInvalid(input);

        // Another answer (or change) saved between our read and our write: read again and decide again.
        return await db.RetryOnClashAsync(Attempts, token => TryAsync(user, id, input, passedOn, token), Busy, ct);
    }

    private async Task<ResponseView> TryAsync(ClaimsPrincipal user, int id, ResponseInput input, bool passedOn, CancellationToken ct)
    {
        var request = await workflow.ReadAsync(user, id, ct);
        var churchId = await side.ChurchForAsync(user, request, input.ChurchId, ct);
        if (request.State != RequestState.Open)
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Not open", $"A request that is {request.State.Phrase()} takes no responses.");
        }

        var claims = await db.ItemClaims.Where(c => c.CareRequestId == id).ToListAsync(ct);
        var left = request.Items.ToDictionary(i => i.Id, i => i.Quantity - claims.Where(c => c.RequestItemId == i.Id).Sum(c => c.Quantity));
        var wanted = Wanted(request, input, left);
        var short_ = wanted.Where(w => w.Value > left[w.Key]).Select(w => w.Key).ToList();
        if (wanted.Count == 0 || short_.Count > 0)
        {
            throw Taken(request, short_, left);
        }

        var now = clock.GetUtcNow();
        var me = user.UserId();
        foreach (var (item, quantity) in wanted)
        {
            if (claims.SingleOrDefault(c => c.RequestItemId == item && c.ChurchId == churchId) is { } ours)
            {
                ours.Quantity += quantity;
            }
            else
            {
                db.ItemClaims.Add(new ItemClaim { RequestItemId = item, CareRequestId = id, ChurchId = churchId, UserId = me, Quantity = quantity, At = now });
            }
        }

        // The request's version moves with the claims: a concurrent answer's save fails and is decided again.
        db.Entry(request).Property(r => r.Version).IsModified = true;
        db.ChurchResponses.Add(new ChurchResponse { CareRequestId = id, ChurchId = churchId, UserId = me, Message = string.IsNullOrWhiteSpace(input.Message) ? null : input.Message.Trim(), At = now });
        var routing = await db.RequestRoutings.SingleOrDefaultAsync(r => r.CareRequestId == id, ct);
        if (routing is not null && routing.FirstResponseAt is null)
        {
            routing.FirstResponseAt = now;
        }

        var responder = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).SingleAsync(ct);
        var church = await db.Organisations.AsNoTracking().Where(o => o.Id == churchId).Select(o => o.Name).SingleAsync(ct);
        var items = string.Join(", ", request.Items.Where(i => wanted.ContainsKey(i.Id))
            .Select(i => wanted[i.Id] == i.Quantity ? $"{i.Quantity} × {i.Name}" : $"{wanted[i.Id]} of {i.Quantity} × {i.Name}"));
        // The responder's contact details go to the caseworker alone, in this email.
        await outbox.ToPersonAsync(request.CaseworkerId,
            new ChurchRespondedEmail(id, request.Need, church, responder.DisplayName, responder.Email ?? "", responder.PhoneNumber ?? "", items, input.Message?.Trim() ?? ""), id, ct);
        foreach (var listener in changes)
        {
            await listener.ChangingAsync(request, RequestChange.Answered, ct);
        }

        foreach (var listener in passedOn ? Enumerable.Empty<IChurchCommitListener>() : commitments)
        {
            await listener.CommittingAsync(request, churchId, wanted.Values.Sum(), ct);
        }

        await db.SaveChangesAsync(ct);
        access.Forget();
        return new ResponseView(id, churchId, [.. wanted.Keys], [.. wanted.Select(w => new ItemQuantity(w.Key, w.Value))]);
    }

    /// <summary>How many of which items the church takes on: as asked, each chosen item's rest, or everything left.</summary>
    private static Dictionary<int, int> Wanted(CareRequest request, ResponseInput input, Dictionary<int, int> left)
    {
        if (input.Quantities is { Count: > 0 } quantities)
        {
            if (quantities.Any(q => q is null || !left.ContainsKey(q.ItemId) || q.Quantity < 1) || quantities.DistinctBy(q => q.ItemId).Count() != quantities.Count)
            {
                throw RefusedException.Invalid(new Dictionary<string, string[]> { ["quantities"] = ["Say how many of each item of this request you can give (at least 1, once per item)."] });
            }

            return quantities.ToDictionary(q => q.ItemId, q => q.Quantity);
        }

        if (input.ItemIds is { Count: > 0 } ids)
        {
            if (ids.Any(i => !left.ContainsKey(i)))
            {
                throw RefusedException.Invalid(new Dictionary<string, string[]> { ["itemIds"] = ["Choose items of this request."] });
            }

            // A chosen item nothing is left of is refused as taken (1 more than none).
            return ids.Distinct().ToDictionary(i => i, i => Math.Max(left[i], 1));
        }

        return request.Items.Where(i => left[i.Id] > 0).ToDictionary(i => i.Id, i => left[i.Id]);
    }

    private static RefusedException Busy() =>
        new(StatusCodes.Status409Conflict, "Answered at the same moment",
            "Others changed this request while your answer was saved, several times running. Nothing of yours was saved: look at what is still needed and answer again.");

    private static RefusedException Taken(CareRequest request, List<int> taken, Dictionary<int, int> left) =>
        new(StatusCodes.Status409Conflict, "Already being met",
            taken.Count == 0
                ? "Every item of this request is being met already."
                : string.Join(" ", request.Items.Where(i => taken.Contains(i.Id)).Select(i => left[i.Id] <= 0
                    ? $"Another church is already meeting {i.Name}."
                    : $"Only {left[i.Id]} of {i.Quantity} × {i.Name} {(left[i.Id] == 1 ? "is" : "are")} still needed.")) + " Choose other items or fewer, or write to the caseworker.",
            new Dictionary<string, object?> { ["itemIds"] = taken });
}

public sealed record ResponseInput(int? ChurchId,
    [property: MaxLength(RequestLimits.ItemCount, ErrorMessage = ResponseInput.ItemsMessage)] IReadOnlyList<int>? ItemIds,
    [property: MaxLength(2000, ErrorMessage = "Keep the message under 2000 characters."), PlainText("the message")] string? Message,
    [property: MaxLength(RequestLimits.ItemCount, ErrorMessage = ResponseInput.ItemsMessage)] IReadOnlyList<ItemQuantity>? Quantities = null)
{
    public const string ItemsMessage = "A request has at most 50 items: name each at most once.";
}

/// <summary>How many of an item a church gives: "2 of 4 coats".</summary>
public sealed record ItemQuantity(int ItemId, int Quantity);

public sealed record ResponseView(int RequestId, int ChurchId, IReadOnlyList<int> ItemIds, IReadOnlyList<ItemQuantity> Quantities);

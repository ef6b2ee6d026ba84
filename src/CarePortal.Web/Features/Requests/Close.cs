using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CarePortal.Web.Features.Accounts;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>The agency closes a request as fully, partially or not met, with what the help meant for the child (or why not).</summary>
public sealed class CloseRequest(RequestStore requests, TimeProvider clock, IEnumerable<IRequestClosingListener> closing)
{
    public async Task<CareRequest> RunAsync(ClaimsPrincipal user, int id, CloseInput input, CancellationToken cancellationToken)
    {
        var request = await requests.LoadAsync(user, id, RequestOperation.Close, cancellationToken);
        FieldChecks.ThrowIfInvalid(input);
        var (action, to) = input.Outcome switch
        {
            CloseOutcome.FullyMet => (RequestAction.CloseFullyMet, RequestState.ClosedFullyMet),
            CloseOutcome.PartiallyMet => (RequestAction.ClosePartiallyMet, RequestState.ClosedPartiallyMet),
            _ => (RequestAction.CloseNotMet, RequestState.ClosedNotMet),
        };
        if (!RequestStateMachine.Allows(request.State, action, to))
        {
            throw new RefusedException(StatusCodes.Status409Conflict, "Transition not allowed",
                $"A request that is {request.State.Phrase()} cannot be {action.Phrase()}.");
        }

        RequestStore.ThrowIfInvalid(Check(request, input));
        var now = clock.GetUtcNow();
        foreach (var item in request.Items)
        {
            item.QuantityGiven = input.Outcome switch
            {
                CloseOutcome.FullyMet => item.Quantity,
                CloseOutcome.PartiallyMet => input.ItemsGiven!.FirstOrDefault(g => g.ItemId == item.Id)?.Quantity ?? 0,
                _ => 0,
            };
        }

        request.NotMetReason = input.Outcome == CloseOutcome.NotMet ? input.Reason!.Trim() : null;
        request.ChildOutcomes = input.Outcome == CloseOutcome.NotMet ? [] : [.. input.ChildOutcomes!.Distinct()];
        request.Rating = input.Outcome == CloseOutcome.NotMet ? null : input.Rating;
        request.ClosedAt = now;
        RequestStateMachine.Apply(request, action, to, user.UserId(), now, input.Note);
        foreach (var listener in closing)
        {
            await listener.ClosingAsync(request, cancellationToken);
        }

        await requests.SaveAsync(cancellationToken);
        return request;
    }

    private static Dictionary<string, string[]> Check(CareRequest request, CloseInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Outcome == CloseOutcome.NotMet)
        {
            if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > 2000)
            {
                errors["reason"] = ["Say why the need was not met."];
            }
        }
        else
        {
            var outcomes = input.ChildOutcomes ?? [];
            if (outcomes.Count == 0 || outcomes.Any(o => !Needs.ChildOutcomes.Contains(o)))
            {
                errors["childOutcomes"] = [$"Say what the help meant for the child: {string.Join(", ", Needs.ChildOutcomes)}."];
            }

            if (input.Rating is not (>= 1 and <= 5))
            {
                errors["rating"] = ["Rate the help from 1 to 5."];
            }
        }

        if (input.Outcome == CloseOutcome.PartiallyMet)
        {
            var given = input.ItemsGiven ?? [];
            if (given.Count == 0 || given.Any(g => g is null || request.Items.SingleOrDefault(i => i.Id == g.ItemId) is not { } item || g.Quantity < 0 || g.Quantity > item.Quantity))
            {
                errors["itemsGiven"] = ["Say for each item of this request how many were actually given (0 up to the quantity asked)."];
            }
        }

        return errors;
    }
}

public enum CloseOutcome
{
    FullyMet,
    PartiallyMet,
    NotMet,
}

public sealed record CloseInput(
    CloseOutcome Outcome,
    [property: MaxLength(RequestLimits.ItemCount, ErrorMessage = "A request has at most 50 items: say each one's quantity given once.")] IReadOnlyList<ItemGiven>? ItemsGiven = null,
    string? Reason = null,
    [property: MaxLength(CloseInput.MaxChildOutcomes, ErrorMessage = "Choose at most 10 outcomes for the child, each once.")] IReadOnlyList<string>? ChildOutcomes = null,
    int? Rating = null,
    string? Note = null)
{
    public const int MaxChildOutcomes = 10;
}

public sealed record ItemGiven(int ItemId, int Quantity);

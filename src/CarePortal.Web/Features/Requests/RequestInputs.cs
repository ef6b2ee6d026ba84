using System.ComponentModel.DataAnnotations;
using CarePortal.Web.Features.Refusals;

namespace CarePortal.Web.Features.Requests;

/// <summary>
/// The public part of a request as a caseworker writes it. Its field checks are its attributes: the framework runs them for the
/// API, <see cref="FieldChecks"/> for the pages (through the create and update actions).
/// </summary>
public sealed record RequestInput(
    [property: KnownNeed] string? Need,
    [property: Range(1, 3, ErrorMessage = RequestInput.TierMessage)] int Tier,
    [property: Required(ErrorMessage = "Write the public description.")]
    [property: TextLength(RequestLimits.DescriptionLength, "The description is {length} characters; keep it under {max}.")]
    [property: PlainText("the description")]
    string? Description,
    [property: Required(ErrorMessage = RequestInput.ZipMessage)]
    [property: RegularExpression("[0-9]{5}", ErrorMessage = RequestInput.ZipMessage, MatchTimeoutInMilliseconds = 100)]
    string? Zip,
    int CountyId,
    [property: EnumDataType(typeof(Urgency), ErrorMessage = "Urgency is critical, high or normal.")] Urgency Urgency,
    [property: MaxLength(RequestLimits.ItemCount, ErrorMessage = RequestInput.ItemCountMessage), RequestItems] IReadOnlyList<ItemInput>? Items,
    string? SupervisorId = null,
    [property: MaxLength(RequestInput.ReasonLength, ErrorMessage = RequestInput.ReasonMessage), PlainText("the reason")] string? ExceptionReason = null,
    [property: MaxLength(RequestInput.ReasonLength, ErrorMessage = RequestInput.ReasonMessage), PlainText("the alternatives tried")] string? AlternativesTried = null,
    int? OfficeId = null,
    [property: MaxLength(RequestLimits.ChildCount, ErrorMessage = "At most 12 children on one request.")]
    [property: RequestChildren]
    IReadOnlyList<ChildInput>? Children = null) : IValidatableObject
{
    public const int ReasonLength = 2000;
    internal const string ItemCountMessage = "List between 1 and 50 items.";
    internal const string TierMessage = "Tier is 1 (items or bills), 2 (relational help) or 3 (foster or adoptive family).";
    // The whole text is five digits (RegularExpressionAttribute matches all of it): no address, no line break after it.
    internal const string ZipMessage = "The family's ZIP code is five digits (never an address).";
    internal const string ReasonMessage = "Keep the reason and the alternatives tried under 2000 characters each.";

    /// <summary>Children's ages and sizes belong only to the needs where they help.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Children is { Count: > 0 } && Need is not null && !Needs.AgeAppropriate.Contains(Need))
        {
            yield return new ValidationResult($"Children's ages and sizes are asked only for {string.Join(", ", Needs.AgeAppropriate)}.", [nameof(Children)]);
        }
    }
}

public sealed record ItemInput(string? Name, int Quantity, decimal UnitValue);

/// <summary>One child the request is for: age, and where it helps, gender and size. Never a name.</summary>
public sealed record ChildInput(int Age, string? Gender = null, string? Size = null);

/// <param name="Version">The version the writer read (<see cref="PrivateDetailsView.Version"/>, 0 before the first save).</param>
public sealed record PrivateDetailsInput(
    [property: MaxLength(2000, ErrorMessage = PrivateDetailsInput.DirectionsMessage), PlainText("the directions")] string? DeliveryDirections,
    [property: MaxLength(200, ErrorMessage = PrivateDetailsInput.PayeeMessage), PlainText("the payee", lines: false)] string? Payee,
    [property: MaxLength(100, ErrorMessage = PrivateDetailsInput.PayeeMessage), PlainText("the account number", lines: false)] string? AccountNumber,
    [property: Range(typeof(decimal), "0", "100000", ErrorMessage = "The amount owed is between 0 and 100000.")] decimal? AmountOwed,
    [property: MaxLength(100, ErrorMessage = PrivateDetailsInput.PayeeMessage), PlainText("the payment type", lines: false)] string? PaymentType,
    [property: MaxLength(2000, ErrorMessage = PrivateDetailsInput.DirectionsMessage), PlainText("the payment instructions")] string? HowToPayDirectly,
    int? Version = null)
{
    internal const string DirectionsMessage = "Keep directions and payment instructions under 2000 characters.";
    internal const string PayeeMessage = "Payee, account number or payment type is too long.";
}

/// <summary>A note on a move of the request (approval, return, pause, cancel …): it is kept with the move, 2000 characters at most.</summary>
public sealed record NoteInput(
    [property: MaxLength(NoteInput.Length, ErrorMessage = NoteInput.LengthMessage), PlainText("the note")] string? Note)
{
    public const int Length = 2000;
    public const string LengthMessage = "Keep the note under 2000 characters.";
}

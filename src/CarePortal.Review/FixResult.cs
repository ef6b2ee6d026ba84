namespace CarePortal.Review;

/// <summary>
/// The text after every fix that reads well, the findings whose fix was applied, and what was taken out of the
/// public description because it belongs in the private details (a sentence with a phone number, an address, an ID).
/// </summary>
public sealed record FixResult(string Text, IReadOnlyList<Finding> Applied)
{
    /// <summary>Sentences or clauses removed from the description: offer to move them to the request's private details.</summary>
    public IReadOnlyList<string> MovedToPrivate { get; init; } = [];
}

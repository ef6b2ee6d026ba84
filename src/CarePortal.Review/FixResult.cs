namespace CarePortal.Review;

/// <summary>The text after every safe replacement, and the findings whose replacement was applied.</summary>
public sealed record FixResult(string Text, IReadOnlyList<Finding> Applied);

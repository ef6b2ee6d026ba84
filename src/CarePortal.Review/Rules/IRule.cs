namespace CarePortal.Review.Rules;

/// <summary>A rule finds one kind of problem; detection only, the fix is data on the finding.</summary>
internal interface IRule
{
    RuleInfo Info { get; }

    void Check(ReviewContext context, List<Finding> findings);
}

internal static class RuleExtensions
{
    public static Finding At(this RuleInfo info, ReviewContext context, TextSpan span, string? message = null, string? replacement = null) =>
        new(info.Id, info.Severity, span, context.Slice(span), message ?? info.Why, replacement);

    /// <summary>A finding about the whole description: an empty span at its end.</summary>
    public static Finding Document(this RuleInfo info, ReviewContext context, string message) =>
        new(info.Id, info.Severity, new TextSpan(context.Text.Length, 0), string.Empty, message);
}

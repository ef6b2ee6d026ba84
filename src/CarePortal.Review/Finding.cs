namespace CarePortal.Review;

/// <summary>
/// One problem found in a description: the rule that found it, where it is, why it matters in the
/// words of the practice, and a replacement when one is safe to apply. Document-level findings
/// (a missing strength or detail) have an empty span at the end of the text.
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    TextSpan Span,
    string Text,
    string Message,
    string? Replacement = null)
{
    /// <summary>
    /// Where <see cref="Replacement"/> applies when it is not the finding's own span: the sentence or clause that
    /// holds a phone number or an ID, removed whole so that no broken sentence is left.
    /// </summary>
    public TextSpan? FixSpan { get; init; }

    /// <summary>The span the replacement applies to.</summary>
    public TextSpan EditSpan => FixSpan ?? Span;

    /// <summary>The practice of the training module this finding enforces.</summary>
    public Practice Practice => RuleCatalog.Find(Rule)?.Practice ?? Practice.Credibility;
}

using CarePortal.Review;

namespace CarePortal.Web.Features.Requests;

/// <summary>The one place the web calls the reviewer, so that the library can change behind it.</summary>
public sealed class DescriptionReview
{
    public ReviewResult Review(string description, string need) => Reviewer.Default.Review(description, need);
}

/// <summary>A finding as the API and the pages show it.</summary>
/// <remarks>
/// <c>Practice</c> is the number (1 to 7) of the training module's practice, by which the composer groups findings.
/// <c>FixStart</c> and <c>FixLength</c> are where the replacement applies when it is wider than the finding (the
/// sentence that holds a phone number, the space before a dropped name).
/// </remarks>
public sealed record FindingView(string Rule, string Severity, int Start, int Length, string Text, string Message, string? Replacement, int Practice = 0, int? FixStart = null, int? FixLength = null)
{
    public static FindingView From(Finding finding) => new(
        finding.Rule, finding.Severity.ToString().ToLowerInvariant(), finding.Span.Start, finding.Span.Length,
        finding.Text, finding.Message, finding.Replacement, (int)finding.Practice, finding.FixSpan?.Start, finding.FixSpan?.Length);
}

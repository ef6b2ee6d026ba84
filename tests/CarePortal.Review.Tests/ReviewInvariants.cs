using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>What every review and fix must satisfy, whatever the text.</summary>
public static class ReviewInvariants
{
    public static void Check(string text, ReviewResult result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        var previousStart = 0;
        foreach (var finding in result.Findings)
        {
            Assert.True(finding.Span.Start >= 0 && finding.Span.Length >= 0 && finding.Span.End <= text.Length,
                $"'{finding.Rule}' span {finding.Span} is outside a text of {text.Length} characters");
            Assert.Equal(text.Substring(finding.Span.Start, finding.Span.Length), finding.Text);
            Assert.True(finding.Span.Start >= previousStart, $"'{finding.Rule}' at {finding.Span} comes after a finding at {previousStart}");
            previousStart = finding.Span.Start;
        }
    }

    /// <summary>No confidential text that Fix replaced is left in its output (unless the same words stood elsewhere, unflagged).</summary>
    public static void CheckFix(string text, FixResult fix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fix);
        var confidential = fix.Applied.Where(f => f.Rule.StartsWith("confidential-", StringComparison.Ordinal)).ToList();
        var rest = text.ToCharArray();
        foreach (var applied in confidential)
        {
            Array.Fill(rest, '\0', applied.Span.Start, applied.Span.Length);
        }

        var untouched = new string(rest);
        foreach (var applied in confidential.Where(f => f.Text.Length > 0))
        {
            if (untouched.Contains(applied.Text, StringComparison.Ordinal) || fix.Applied.Any(f => f.Replacement!.Contains(applied.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            Assert.False(fix.Text.Contains(applied.Text, StringComparison.Ordinal),
                $"Fix left the {applied.Rule} \"{applied.Text}\" in: {fix.Text}");
        }
    }
}

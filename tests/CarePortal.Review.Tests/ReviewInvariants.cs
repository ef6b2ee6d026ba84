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

    /// <summary>
    /// No confidential text that Fix replaced is left in its output, unless the same words stood elsewhere unflagged, a
    /// replacement holds them, or they are formed only where the fix joined the text it kept ("(615) 555-0134 Apt 3B.
    /// 615-555-0134" without the address reads "…0134 615-555…", which holds an ID "4 615-555-0134" removed elsewhere:
    /// no character of it was confidential). So that the joins can be trusted, the output must be exactly the text
    /// with the applied fixes made and tidied.
    /// </summary>
    public static void CheckFix(string text, FixResult fix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fix);
        var kept = KeptPieces(text, fix.Applied);
        Assert.Equal(Reviewer.Tidy(string.Concat(kept)), fix.Text);

        var confidential = fix.Applied.Where(f => f.Rule.StartsWith("confidential-", StringComparison.Ordinal)).ToList();
        var rest = text.ToCharArray();
        foreach (var applied in confidential)
        {
            Array.Fill(rest, '\0', applied.Span.Start, applied.Span.Length);
        }

        // Tidied as the fixed text is: a name the fix did not touch, written with two spaces ("Grace  Oluwaseun"), reads
        // with one in the fixed text, and is still the review's finding, not one the fix left behind.
        var untouched = Reviewer.Tidy(new string(rest));
        var pieces = kept.Select(Reviewer.Tidy).ToList();
        foreach (var applied in confidential.Where(f => f.Text.Length > 0))
        {
            if (untouched.Contains(applied.Text, StringComparison.Ordinal) || fix.Applied.Any(f => f.Replacement!.Contains(applied.Text, StringComparison.Ordinal))
                || !pieces.Any(piece => piece.Contains(applied.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            Assert.False(fix.Text.Contains(applied.Text, StringComparison.Ordinal),
                $"Fix left the {applied.Rule} \"{applied.Text}\" in: {fix.Text}");
        }
    }

    /// <summary>The text between the applied fixes and each fix's replacement, in order: what the fix joined.</summary>
    private static List<string> KeptPieces(string text, IReadOnlyList<Finding> applied)
    {
        var pieces = new List<string>();
        var position = 0;
        foreach (var fix in applied)
        {
            Assert.True(fix.EditSpan.Start >= position, $"'{fix.Rule}' fix at {fix.EditSpan} overlaps the fix before it");
            pieces.Add(text[position..fix.EditSpan.Start]);
            pieces.Add(fix.Replacement!);
            position = fix.EditSpan.End;
        }

        pieces.Add(text[position..]);
        return pieces;
    }
}

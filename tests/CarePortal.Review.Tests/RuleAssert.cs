using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>Checks one rule against texts whose expected findings are marked inside them.</summary>
public static class RuleAssert
{
    /// <summary>
    /// The rule fires on every marked span, every finding of the rule lies on a marked span, and, when
    /// <paramref name="replacement"/> is given, each of those findings offers it.
    /// </summary>
    public static IReadOnlyList<Finding> Fires(string rule, string need, string marked, string? replacement = null)
    {
        var (text, expected) = Marked.Parse(marked);
        Assert.NotEmpty(expected);
        var findings = Of(rule, Reviewer.Default.Review(text, need));
        foreach (var span in expected)
        {
            Assert.True(findings.Any(f => f.Span.Overlaps(span)),
                $"'{rule}' should fire on \"{text[span.Start..span.End]}\" in: {text}\nFound: {Describe(findings)}");
        }

        foreach (var finding in findings)
        {
            Assert.True(expected.Any(finding.Span.Overlaps),
                $"'{rule}' fired on \"{finding.Text}\", which is not marked, in: {text}");
            if (replacement is not null)
            {
                Assert.Equal(replacement, finding.Replacement);
            }
        }

        return findings;
    }

    /// <summary>The rule does not fire anywhere in the text.</summary>
    public static void DoesNotFire(string rule, string need, string text)
    {
        var findings = Of(rule, Reviewer.Default.Review(text, need));
        Assert.True(findings.Count == 0, $"'{rule}' should not fire on: {text}\nFound: {Describe(findings)}");
    }

    /// <summary>A document rule: it fires once or more on the whole text, with an empty span at its end.</summary>
    public static IReadOnlyList<Finding> FiresOnDocument(string rule, string need, string text)
    {
        var findings = Of(rule, Reviewer.Default.Review(text, need));
        Assert.True(findings.Count > 0, $"'{rule}' should fire on: {text}");
        Assert.All(findings, f => Assert.Equal(new TextSpan(text.Length, 0), f.Span));
        return findings;
    }

    private static List<Finding> Of(string rule, ReviewResult result) => result.Findings.Where(f => f.Rule == rule).ToList();

    private static string Describe(List<Finding> findings) =>
        findings.Count == 0 ? "nothing" : string.Join(", ", findings.Select(f => $"\"{f.Text}\" {f.Span}"));
}

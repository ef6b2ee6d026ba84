using System.Text;
using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary>
/// <c>review --format text</c>: per finding <c>line:col severity rule: message</c>, the source line, a caret line
/// under the span and the fix (a document finding: <c>end of text severity rule: message</c> alone); then the
/// verdict. ANSI colour only when asked for.
/// </summary>
internal sealed class TextFormatter(bool colour)
{
    private const string Indent = "    ";

    public void Write(TextWriter output, string text, ReviewResult result)
    {
        foreach (var finding in result.Findings)
        {
            var line = SourceLine.At(text, finding.Span.Start);
            var document = IsDocument(text, finding);
            var position = document ? DocumentPosition : $"{line.Number}:{line.ColumnOf(finding.Span.Start)}";
            var severity = SeverityName(finding.Severity);
            output.WriteLine(
                $"{position} {Paint(severity, SeverityColour(finding.Severity))} {Paint(finding.Rule, Bold)}: {finding.Message}");
            if (!document)
            {
                output.WriteLine(Indent + line.Text);
                output.WriteLine(Indent + Caret(line, finding.Span, SeverityColour(finding.Severity)));
            }
            if (finding.Replacement is not null)
                output.WriteLine($"{Indent}fix: {Paint(finding.Replacement, Green)}");
            output.WriteLine();
        }
        output.WriteLine(Summary(result));
    }

    /// <summary>Where a document finding is said to be, instead of a <c>line:col</c>.</summary>
    internal const string DocumentPosition = "end of text";

    /// <summary>
    /// A finding about the whole description (nothing strong said, a detail or a connection missing): the reviewer
    /// puts it as an empty span at the very end. It has no line and column of its own (after a final newline that
    /// would be a line past the last one) and nothing to underline.
    /// </summary>
    internal static bool IsDocument(string text, Finding finding) => finding.Span.Length == 0 && finding.Span.Start >= text.Length;

    internal static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private string Caret(SourceLine line, TextSpan span, string colourCode)
    {
        var column = span.Start - line.Start;
        var width = Math.Max(1, Math.Min(span.End, line.Start + line.Text.Length) - span.Start);
        var pad = new StringBuilder(column);
        foreach (var c in line.Text.AsSpan(0, Math.Min(column, line.Text.Length)))
            pad.Append(c == '\t' ? '\t' : ' ');
        pad.Append(' ', column - pad.Length);
        return pad + Paint("^" + new string('~', width - 1), colourCode);
    }

    private string Summary(ReviewResult result)
    {
        var verdict = (result.Verdict, result.Approver) switch
        {
            (Verdict.Ready, _) => Paint("ready", Green),
            (Verdict.NeedsApproval, var who) => Paint($"needs approval by {ApproverName(who)}", Yellow),
            (_, Approver.None) => Paint("needs changes", Red),
            (_, var who) => Paint($"needs changes, then approval by {ApproverName(who)}", Red),
        };
        var counts = result.Findings.Count == 0
            ? "no findings"
            : string.Join(", ", result.Findings
                .GroupBy(f => f.Severity)
                .OrderByDescending(g => g.Key)
                .Select(g => g.Count() == 1 ? $"1 {SeverityName(g.Key)}" : $"{g.Count()} {SeverityName(g.Key)}s"));
        return $"verdict: {verdict} ({counts})";
    }

    private static string ApproverName(Approver approver) => approver switch
    {
        Approver.RegionalManager => "regional manager",
        _ => approver.ToString().ToLowerInvariant(),
    };

    private const string Bold = "\e[1m", Red = "\e[31m", Yellow = "\e[33m", Cyan = "\e[36m", Green = "\e[32m", Reset = "\e[0m";

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Blocker => Red,
        Severity.Warning => Yellow,
        _ => Cyan,
    };

    private string Paint(string s, string code) => colour ? code + s + Reset : s;
}

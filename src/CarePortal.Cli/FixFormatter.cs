using CarePortal.Review;

namespace CarePortal.Cli;

/// <summary><c>fix</c>'s report on standard error: what was replaced, where in the original text.</summary>
internal static class FixFormatter
{
    public static void Write(TextWriter output, string original, FixResult result)
    {
        if (result.Applied.Count == 0)
        {
            output.WriteLine("careportal: nothing to fix safely");
            return;
        }
        output.WriteLine($"careportal: applied {result.Applied.Count} {(result.Applied.Count == 1 ? "fix" : "fixes")}:");
        foreach (var f in result.Applied)
        {
            var line = SourceLine.At(original, f.Span.Start);
            output.WriteLine($"  {line.Number}:{line.ColumnOf(f.Span.Start)} {f.Rule}: \"{f.Text}\" -> \"{f.Replacement}\"");
        }
        if (result.MovedToPrivate.Count == 0)
            return;
        output.WriteLine("careportal: taken out of the description; put it in the request's private details:");
        foreach (var moved in result.MovedToPrivate)
            output.WriteLine($"  \"{moved}\"");
    }
}

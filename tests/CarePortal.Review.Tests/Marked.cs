using System.Text;

namespace CarePortal.Review.Tests;

/// <summary>A test text with its expected spans marked inside it: <c>"call me at [|555-0134|]"</c>.</summary>
public sealed record Marked(string Text, IReadOnlyList<TextSpan> Spans)
{
    public static Marked Parse(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var text = new StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0)
            {
                if (open >= 0)
                {
                    throw new FormatException($"Nested '[|' at {i} in: {marked}");
                }

                open = text.Length;
                i++;
            }
            else if (string.CompareOrdinal(marked, i, "|]", 0, 2) == 0 && open >= 0)
            {
                spans.Add(TextSpan.FromBounds(open, text.Length));
                open = -1;
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return open >= 0 ? throw new FormatException($"Unclosed '[|' in: {marked}") : new Marked(text.ToString(), spans);
    }
}

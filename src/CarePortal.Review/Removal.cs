namespace CarePortal.Review;

/// <summary>
/// What to take out of the description with a contact detail, an address or an ID so that no broken sentence is
/// left: the parenthesis or the comma-set clause that holds it ("for Jamal, SSN 412-55-0938, who …"), else its sentence.
/// </summary>
internal static class Removal
{
    private const int ParenthesisReach = 200;
    private const int ClauseReach = 60;

    public static TextSpan For(ReviewContext context, TextSpan detail)
    {
        var unit = Unit(context, detail);
        return unit.Start <= detail.Start && unit.End >= detail.End ? unit : detail;
    }

    private static TextSpan Unit(ReviewContext context, TextSpan detail)
    {
        var text = context.Text;
        var sentence = context.SentenceSpan(context.SentenceOf(context.TokenAt(detail.Start)));
        // A parenthesis or a comma-set clause is short: looking no further keeps a long run of details linear, not quadratic.
        var open = Find(text, '(', detail.Start - 1, Math.Max(sentence.Start, detail.Start - ParenthesisReach), -1);
        var close = Find(text, ')', detail.End, Math.Min(sentence.End - 1, detail.End + ParenthesisReach), 1);
        if (open >= 0 && close >= 0)
        {
            return TextSpan.FromBounds(WithSpaceBefore(text, open), close + 1);
        }

        var commaBefore = Find(text, ',', detail.Start - 1, Math.Max(sentence.Start, detail.End - ClauseReach), -1);
        var commaAfter = Find(text, ',', detail.End, Math.Min(sentence.End - 1, detail.Start + ClauseReach), 1);
        if (commaBefore >= 0 && commaAfter >= 0 && commaAfter - commaBefore < ClauseReach)
        {
            // "for Jamal, SSN 412-55-0938, who moved": the second comma stays before a clause; "The family, case 123, needs": it goes.
            var next = context.TokenAt(commaAfter + 1);
            var keepComma = context.IsAny(next, "who", "which", "where", "and", "but", "so", "because", "while", "when", "since");
            return TextSpan.FromBounds(commaBefore, keepComma ? commaAfter : commaAfter + 1);
        }

        // The whole sentence, with the space after it (or before it at the end of the text).
        var end = sentence.End;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        var start = end == text.Length ? WithSpaceBefore(text, sentence.Start) : sentence.Start;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The index of <paramref name="c"/> from <paramref name="from"/> towards <paramref name="limit"/> (inclusive), or -1.</summary>
    private static int Find(string text, char c, int from, int limit, int step)
    {
        for (var i = from; step < 0 ? i >= limit : i <= limit; i += step)
        {
            if (i < 0 || i >= text.Length)
            {
                return -1;
            }

            if (text[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static int WithSpaceBefore(string text, int start)
    {
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return start;
    }
}

using CarePortal.Review.Text;

namespace CarePortal.Review;

/// <summary>
/// The words that can take a family member's name's place: nothing where the role is already said ("her son Mateo"
/// becomes "her son", "the Morales family" becomes "the family"), "Mom", "Dad", "Grandma" or "Grandpa" for a parent or
/// grandparent, "the child" for a child named with an age; null where the text does not say who the person is.
/// </summary>
internal static class RoleWords
{
    private static readonly WordSet Relations = new([
        "son", "daughter", "child", "baby", "boy", "girl", "grandson", "granddaughter", "brother", "sister", "nephew", "niece", "mom", "dad",
        "mother", "father", "grandma", "grandmother", "grandpa", "grandfather", "aunt", "uncle", "husband", "wife", "boyfriend", "girlfriend",
        "cousin", "stepson", "stepdaughter", "toddler", "teen", "infant", "kids", "children", "grandchildren", "grandkids", "sons", "daughters",
    ]);

    private static readonly WordSet ChildAfterPossessive = new(["son", "daughter", "kids", "children", "baby", "boys", "girls", "sons", "daughters", "twins"]);

    /// <summary>The replacement for the name at <paramref name="span"/> and the span it replaces; null when no role reads well.</summary>
    public static (string Replacement, TextSpan Span)? For(ReviewContext context, TextSpan span, List<TextSpan> names)
    {
        var first = context.TokenAt(span.Start);
        var last = context.TokenAt(span.End - 1);
        var lead = context.IsAny(first, "mr", "mrs", "ms", "miss", "dr") ? first : -1;
        var nameFirst = lead >= 0 ? (context.IsPunct(first + 1, '.') ? first + 2 : first + 1) : first;

        // "Luis and Camila", "Mateo, Ana": several people named together; one role word would not read well.
        if (IsNamedBeside(context, names, span))
        {
            return null;
        }

        // "her son Mateo", "Grandma Rosa": the role is there already; the name goes.
        if (lead < 0 && context.IsAny(first - 1, Relations) && !context.IsCapitalised(first - 1))
        {
            return ("", TextSpan.FromBounds(context.Tokens[first - 1].End, span.End));
        }

        // "the Morales family", "the Nguyens": the family.
        if (context.Is(first - 1, "the") && context.IsAny(last + 1, "family", "children", "kids", "household", "home", "house", "boys", "girls"))
        {
            return ("", TextSpan.FromBounds(context.Tokens[first - 1].End, span.End));
        }

        if (context.Is(first - 1, "the") && EndsInPluralS(context, last))
        {
            return ("family", span);
        }

        string? role = null;
        if (IsChild(context, nameFirst, last))
        {
            role = "the child";
        }
        else if (lead >= 0 && context.IsAny(lead, "mrs", "ms", "miss"))
        {
            role = Mentions(context, "grandchildren", "grandkids", "grandson", "granddaughter", "grandsons", "granddaughters") ? "Grandma" : "Mom";
        }
        else if (lead >= 0 && context.Is(lead, "mr"))
        {
            role = Mentions(context, "grandchildren", "grandkids", "grandson", "granddaughter", "grandsons", "granddaughters") ? "Grandpa" : "Dad";
        }
        else if (IsParent(context, last, out var mother))
        {
            role = mother ? "Mom" : "Dad";
        }

        if (role is null)
        {
            return null;
        }

        var startsSentence = context.Tokens[lead >= 0 ? lead : first].SentenceStart;
        if (startsSentence)
        {
            role = char.ToUpperInvariant(role[0]) + role[1..];
        }

        return (role, span);
    }

    private static bool IsNamedBeside(ReviewContext context, List<TextSpan> names, TextSpan span)
    {
        foreach (var other in names)
        {
            if (other == span)
            {
                continue;
            }

            var gap = other.Start >= span.End ? context.Text.AsSpan(span.End, other.Start - span.End) : other.End <= span.Start ? context.Text.AsSpan(other.End, span.Start - other.End) : default;
            var trimmed = gap.Trim();
            if (gap.Length > 0 && gap.Length < 8 && (trimmed is "and" or "," or "&" or ", and" or "or"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Mateo is 7", "Ana, 9,", "the 7-year-old Mateo", "Mateo (age 4)": a child named with an age under 18.</summary>
    private static bool IsChild(ReviewContext context, int first, int last)
    {
        var t = last + 1;
        if (context.IsPunct(t, ',') || context.IsPunct(t, '('))
        {
            t++;
        }

        if (context.IsAny(t, "is", "was", "turned", "turns", "age", "aged"))
        {
            t++;
        }

        if (t < context.Tokens.Count && context.Tokens[t].Kind == TokenKind.Number && int.TryParse(context.Original(t), out var age) && age < 18)
        {
            return true;
        }

        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (context.Is(k, "old") && context.IsPunct(k - 1, '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Maria's kids", "Maria and her children", "Maria is a single mom": a parent, and which.</summary>
    private static bool IsParent(ReviewContext context, int last, out bool mother)
    {
        mother = false;
        var (_, sentenceEnd) = context.SentenceOf(last);
        var possessive = context.Original(last) is { Length: > 2 } w && w[^1] is 's' && Tokenizer.IsApostrophe(w[^2]);
        var parent = possessive && context.IsAny(last + 1, ChildAfterPossessive);
        for (var t = last + 1; t <= Math.Min(sentenceEnd, last + 8); t++)
        {
            if (context.IsAny(t, "mom", "mother", "mama") && !context.IsAny(t - 1, "her", "his", "their"))
            {
                mother = true;
                return true;
            }

            if (context.IsAny(t, "dad", "father", "papa") && !context.IsAny(t - 1, "her", "his", "their"))
            {
                return true;
            }

            if (context.IsAny(t, "her", "she") && (parent || context.IsAny(t + 1, ChildAfterPossessive)))
            {
                mother = true;
                return true;
            }

            if (context.IsAny(t, "his", "he") && (parent || context.IsAny(t + 1, ChildAfterPossessive)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsInPluralS(ReviewContext context, int last) =>
        context.Original(last) is { Length: > 3 } w && w[^1] == 's' && !Tokenizer.IsApostrophe(w[^2]);

    private static bool Mentions(ReviewContext context, params ReadOnlySpan<string> words)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (context.IsAny(t, words))
            {
                return true;
            }
        }

        return false;
    }
}

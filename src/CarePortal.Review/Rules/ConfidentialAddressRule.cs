using System.Text.RegularExpressions;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>Street addresses, apartment, unit and lot numbers, ZIP codes, and named complexes that locate the home.</summary>
internal sealed partial class ConfidentialAddressRule : IRule
{
    private const string Suffix = "Street|St|Drive|Dr|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Court|Ct|Circle|Cir|Way|Place|Pl|Pike|Highway|Hwy|Trail|Trl|Parkway|Pkwy|Terrace|Ter|Loop|Cove|Cv|Run|Ridge|Hollow|Path|Square|Sq|Crossing|Bend";

    [GeneratedRegex(@"\b\d{1,6} ([NSEW]\.? |North |South |East |West )?([A-Z][a-z]+ |\d{1,3}(st|nd|rd|th) ){1,4}(" + Suffix + @")\b\.?"
        + @"(,? (Apt|Apartment|Unit|Suite|Ste|Lot|#)\.? ?#?[A-Za-z0-9-]{1,6})?(,? [A-Z][a-z]+( [A-Z][a-z]+)?)?(,? [A-Z]{2})?( \d{5}(-\d{4})?)?", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial Regex Street { get; }

    [GeneratedRegex(@"\b(Rt|Rte|Route|RR|Rural Route|HC|HCR)\.? ?\d{1,4},? Box \d{1,5}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex RuralRoute { get; }

    [GeneratedRegex(@"\bP\.? ?O\.? Box \d{1,6}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex PoBox { get; }

    [GeneratedRegex(@"\b(apt\.?|apartment|unit|suite|ste\.?|lot|room|rm\.?|trailer|space|bldg\.?|building) ?#? ?\d{1,5}[a-z]?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex Unit { get; }

    [GeneratedRegex(@"\b(Apt|APT|Apartment|Unit|Suite|Bldg|Building)\.? ?#? ?[A-Z]\d{0,3}\b", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial Regex LetterUnit { get; }

    [GeneratedRegex(@"\b\d{5}(-\d{4})?\b", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial Regex Zip { get; }

    private static readonly WordSet NotZipAfter = new(["miles", "mi", "dollars", "people", "pounds", "lbs", "calories", "steps", "btu", "views", "followers"]);

    private static readonly WordSet ComplexWords = new(["complex", "apartments", "subdivision", "trailer", "mobile", "townhomes", "motel"]);

    public RuleInfo Info => RuleCatalog.ConfidentialAddress;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var text = context.Text;
        var spans = new List<TextSpan>();
        var hasDigits = ContactFinder.HasDigits(text, 1);
        if (hasDigits)
        {
            int businessStart = -1, businessEnd = -1;
            foreach (var m in Street.EnumerateMatches(text))
            {
                if (!IsAPlaceOfBusiness(context, context.TokenAt(m.Index)))
                {
                    spans.Add(new TextSpan(m.Index, m.Length));
                }
                else
                {
                    (businessStart, businessEnd) = (m.Index, m.Index + m.Length);
                }
            }

            AddAll(spans, PoBox, text);
            AddAll(spans, RuralRoute, text);
            foreach (var m in Unit.EnumerateMatches(text))
            {
                AddUnit(context, spans, new TextSpan(m.Index, m.Length));
            }

            foreach (var m in Zip.EnumerateMatches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                // "1203 Hartford Ave, Des Moines, IA 50315" after a business's name: the ZIP is the business's too.
                if (IsZip(context, span) && !(businessStart >= 0 && span.Start >= businessStart
                    && (span.Start < businessEnd || (span.Start - businessEnd <= 40 && text.AsSpan(businessEnd, span.Start - businessEnd).IndexOfAny('\n', '.') < 0))))
                {
                    spans.Add(span);
                }
            }
        }

        AddAll(spans, LetterUnit, text);
        AddNamedComplexes(context, spans);
        foreach (var span in Spans.Merge(spans, (before, next) => next.Start <= before.End + 2))
        {
            findings.Add(Private.Remove(Info, context, span));
        }
    }

    /// <summary>"Lot 27" right after "Shady Acres," belongs to the same place.</summary>
    private static void AddUnit(ReviewContext context, List<TextSpan> spans, TextSpan span)
    {
        var t = context.TokenAt(span.Start);
        if (context.Is(t - 1, "a") || context.Is(t - 1, "the"))
        {
            return; // "a lot", "the unit" are not addresses.
        }

        spans.Add(span);
    }

    private static bool IsZip(ReviewContext context, TextSpan span)
    {
        var text = context.Text;
        if (!Patterns.Standalone(text, span.Start, span.End) || (span.Start > 0 && text[span.Start - 1] is '$' or '#' or '-' or '/' or '.' or ','))
        {
            return false;
        }

        if (span.End < text.Length && text[span.End] is '-' or '/' || ReviewContext.AnyOverlap(context.Contacts, span))
        {
            return false;
        }

        var t = context.TokenAt(span.Start);
        return !context.IsAny(t + 1, NotZipAfter) && !context.IsAny(t - 1, "account", "case", "number", "acct", "about", "over", "under", "than");
    }

    /// <summary>A run of capitalised words ending in Apartments, Acres, Park, Village …: a place that locates the home.</summary>
    private static void AddNamedComplexes(ReviewContext context, List<TextSpan> spans)
    {
        var tokens = context.Tokens;
        for (var t = 1; t < tokens.Count; t++)
        {
            // "Riverbend Apartments", or "the Willow Creek complex" with the kind of place in lower case after the name.
            if (!context.IsCapitalised(t))
            {
                continue;
            }

            var complexAfter = !context.IsCapitalised(t + 1) && context.IsAny(t + 1, ComplexWords)
                && !context.Lexicon.NotNames.Contains(context.Lower(t)) && !context.Tokens[t].SentenceStart;
            if (!complexAfter && !(context.Lexicon.PlaceWords.TryGetValue(context.Lower(t), out var kind) && kind == PlaceKind.Home))
            {
                continue;
            }

            var first = t;
            while (first > 0 && context.IsCapitalised(first - 1) && tokens[first].SpaceBefore
                   && !context.Lexicon.NotNames.Contains(context.Lower(first - 1)))
            {
                first--;
            }

            // "Oak Street Properties" is a business: the run goes on past the place word.
            if ((first == t && !complexAfter) || (context.IsCapitalised(t + 1) && context.Tokens[t + 1].SpaceBefore
                && !(context.Lexicon.PlaceWords.TryGetValue(context.Lower(t + 1), out var nextKind) && nextKind == PlaceKind.Home)))
            {
                continue;
            }

            // "an hour from Willow Creek", "moving out of Restoration Village", "Exec Director Restoration Village": a place
            // someone comes from or an organisation's name, not where the family lives.
            // "a Sydney motel", "an Oak Park apartment": "a" says it is no particular place (real-fourteenth).
            if (context.IsAny(first - 1, NotTheHomeBefore) || (context.Is(first - 1, "of") && context.Is(first - 2, "out")) || RunHasRole(context, first, t)
                || (complexAfter && context.IsAny(first - 1, "a", "an")))
            {
                continue;
            }

            var end = complexAfter ? tokens[t + 1].End : tokens[t].End;
            // "Shady Acres, Lot 27"
            if (context.IsPunct(t + 1, ',') && context.IsAny(t + 2, "lot", "apt", "unit", "space", "trailer", "apartment", "building"))
            {
                end = tokens[Math.Min(tokens.Count - 1, t + 3)].End;
            }

            spans.Add(TextSpan.FromBounds(tokens[first].Start, end));
        }
    }

    private static readonly WordSet NotTheHomeBefore = new(["from", "near", "outside", "past", "beyond", "toward", "towards"]);

    private static readonly WordSet RoleWords = new(["director", "exec", "executive", "manager", "coordinator", "pastor", "president", "staff"]);

    private static bool RunHasRole(ReviewContext context, int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (context.IsAny(t, RoleWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "at the Eagles Lodge, 7230 Stanwood Dr.", "the bank's branch office, 220 W. Main Ave.", "Trinity Chapel Church at 550
    /// W. Rokeby Road": the address of a business, a church or a venue named just before it does not locate the home
    /// (real-thirteenth; FORMAT.md: an address "that locates the home").
    /// </summary>
    private static bool IsAPlaceOfBusiness(ReviewContext context, int t)
    {
        var k = t - 1;
        if (context.IsPunct(k, ',') || context.IsPunct(k, ':'))
        {
            k--; // "The Center is located at: 1203 Hartford Ave" (real-fourteenth)
        }

        if (context.IsAny(k, "at", "on"))
        {
            k--;
        }

        for (var words = 0; words < 3 && k >= 0 && context.IsWord(k); words++, k--)
        {
            if (context.Lexicon.PlaceWords.TryGetValue(context.Lower(k), out var kind) && kind == PlaceKind.Organisation)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddAll(List<TextSpan> spans, Regex regex, string text)
    {
        foreach (var m in regex.EnumerateMatches(text))
        {
            spans.Add(new TextSpan(m.Index, m.Length));
        }
    }

}

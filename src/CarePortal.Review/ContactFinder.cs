using System.Buffers;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CarePortal.Review;

/// <summary>Finds phone numbers, emails, web addresses and social-media handles.</summary>
internal static class ContactFinder
{
    private static readonly SearchValues<string> WebHints = SearchValues.Create([".com", ".org", ".net", ".gov", ".edu", ".us", ".info", ".io", "www.", "://"], StringComparison.Ordinal);
    private static readonly SearchValues<string> SocialHints = SearchValues.Create(["facebook", "instagram", "tiktok", "snapchat", "messenger"], StringComparison.Ordinal);

    public static List<TextSpan> Find(ReviewContext context)
    {
        var text = context.Text;
        var spans = new List<TextSpan>();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            Add(spans, Patterns.Email, text, null);
            Add(spans, Patterns.Handle, text, (s, e) => s == 0 || !(char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '.' or '_' or '-'));
        }

        if (context.Mentions(WebHints))
        {
            Add(spans, Patterns.Url, text, null);
        }

        if (context.Mentions(SocialHints))
        {
            AddSocialNames(context, spans);
        }

        if (HasDigits(text, 7))
        {
            Func<int, int, bool> accept = (s, e) => Patterns.Standalone(text, s, e) && !GluedToNumber(text, s, e) && !AfterAccountWord(context, s);
            Add(spans, Patterns.Phone, text, accept);
            if (HasInternationalPrefix(text))
            {
                AddValidNumbers(text, spans, accept); // the pattern knows US layouts only; the library knows every country's
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (kept.Count == 0 || span.Start >= kept[^1].End)
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    /// <summary>"find her on Facebook as Sveta Kovalenko": the name a family member goes by on a social network.</summary>
    private static void AddSocialNames(ReviewContext context, List<TextSpan> spans)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (!context.IsAny(t, "facebook", "instagram", "tiktok", "snapchat", "messenger"))
            {
                continue;
            }

            var k = t + 1;
            if (context.IsAny(k, "as", "at", "under", "named") || context.IsPunct(k, ':'))
            {
                k++;
            }

            if (context.IsAny(k, "marketplace", "messenger", "live", "group", "groups", "page", "pages"))
            {
                continue; // "Facebook Marketplace" is a place to shop, not a person
            }

            var first = k;
            while (context.IsCapitalised(k) && (k == first || context.Tokens[k].SpaceBefore))
            {
                k++;
            }

            if (k > first)
            {
                spans.Add(TextSpan.FromBounds(context.Tokens[first].Start, context.Tokens[k - 1].End));
            }
        }
    }

    /// <summary>
    /// Numbers libphonenumber finds valid with the US as the home region: international and unusual formats
    /// ("+44 20 7946 0958", "+52 55 1234 5678", "615.555.0142 ext. 12") that the pattern does not cover.
    /// </summary>
    private static void AddValidNumbers(string text, List<TextSpan> spans, Func<int, int, bool> accept)
    {
        foreach (var match in PhoneNumberUtil.GetInstance().FindNumbers(text, "US", PhoneNumberUtil.Leniency.VALID, MaxPhoneTries))
        {
            if (accept(match.Start, match.Start + match.Length))
            {
                spans.Add(new TextSpan(match.Start, match.Length));
            }
        }
    }

    /// <summary>A "+" before a digit ("+44 20 …"): the library loads its metadata (a quarter of a second) only for such texts.</summary>
    private static bool HasInternationalPrefix(string text)
    {
        for (var i = text.IndexOf('+', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('+', i + 1))
        {
            if (char.IsAsciiDigit(text[i + 1]) || (text[i + 1] == ' ' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bounds the library's search on long texts full of digits.</summary>
    private const long MaxPhoneTries = 200;

    private static void Add(List<TextSpan> spans, Regex regex, string text, Func<int, int, bool>? accept)
    {
        foreach (var m in regex.EnumerateMatches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (accept is null || accept(span.Start, span.End))
            {
                spans.Add(span);
            }
        }
    }

    /// <summary>Whether the text has at least <paramref name="count"/> digits 0 to 9 (found a vectorised search at a time).</summary>
    internal static bool HasDigits(string text, int count)
    {
        var rest = text.AsSpan();
        for (var n = 0; n < count; n++)
        {
            var at = rest.IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + 1)..];
        }

        return true;
    }

    /// <summary>"2210-55871-04" is one account number, not a phone number inside it.</summary>
    private static bool GluedToNumber(string text, int start, int end) =>
        (start >= 2 && text[start - 1] is '-' or '/' && char.IsAsciiDigit(text[start - 2]))
        || (end + 1 < text.Length && text[end] is '-' or '/' && char.IsAsciiDigit(text[end + 1]));

    /// <summary>A number right after "account", "case" or "#" is an identifier, not a phone number.</summary>
    private static bool AfterAccountWord(ReviewContext context, int start)
    {
        var t = context.TokenAt(start);
        for (var k = t - 1; k >= Math.Max(0, t - 4); k--)
        {
            if (context.IsAny(k, "account", "acct", "case", "policy", "member", "ssn", "license", "id") || context.IsPunct(k, '#'))
            {
                return true;
            }
        }

        return false;
    }
}

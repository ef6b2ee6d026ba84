using System.Buffers;
using System.Globalization;

namespace CarePortal.Review.Text;

/// <summary>
/// A need-template pattern that is only a list of words (<c>\b(clothes|shirts?|dress(es)?)\b</c>), matched over a review's
/// tokens by one lookup a word instead of by the expression engine scanning the text (measured: the clothing list alone
/// was 2 % of a review). It finds what the expression finds: a whole run of word characters (\w) equal to a listed word.
/// </summary>
internal sealed class WordListPattern
{
    private const int MostForms = 64;

    private WordListPattern(List<string> words) => Words = words;

    /// <summary>Every word the pattern matches ("shirt", "shirts").</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The pattern as a word list, or null when it is anything more (then the expression runs as written).</summary>
    /// <remarks>Read by hand, not by an expression: a template is loaded before any review, where an expression's first
    /// match (its code compiled on first use) could pass its time bound on a loaded machine and stop the loading.</remarks>
    public static WordListPattern? TryParse(string pattern)
    {
        if (pattern.Length < 5 || !pattern.StartsWith(@"\b", StringComparison.Ordinal) || !pattern.EndsWith(@"\b", StringComparison.Ordinal))
        {
            return null;
        }

        var inner = pattern[2..^2];
        if (inner.Length == 0 || inner.AsSpan().ContainsAnyExcept(ListCharacters))
        {
            return null;
        }

        if (inner[0] == '(' && ClosingOf(inner) == inner.Length - 1)
        {
            inner = inner[1..^1]; // \b(a|b)\b
        }

        var forms = new List<string>();
        foreach (var alternative in inner.Split('|'))
        {
            if (Expand(alternative) is not { } expanded || forms.Count + expanded.Count > MostForms)
            {
                return null;
            }

            forms.AddRange(expanded);
        }

        return new WordListPattern(forms);
    }

    private static readonly SearchValues<char> ListCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz()?|");

    /// <summary>Where the parenthesis that opens <paramref name="text"/> closes (-1: it does not).</summary>
    private static int ClosingOf(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"shirts?" is "shirt" and "shirts"; "dress(es)?" is "dress" and "dresses"; null for anything else.</summary>
    private static List<string>? Expand(string alternative)
    {
        List<string> forms = [""];
        for (var i = 0; i < alternative.Length;)
        {
            string piece;
            if (char.IsAsciiLetterLower(alternative[i]))
            {
                piece = alternative[i].ToString();
                i++;
            }
            else if (alternative[i] == '(' && alternative.IndexOf(')', i) is var close and > 0
                     && alternative.AsSpan(i + 1, close - i - 1) is { Length: > 0 } letters && !letters.ContainsAnyExceptInRange('a', 'z'))
            {
                piece = letters.ToString();
                i = close + 1;
            }
            else
            {
                return null;
            }

            var optional = i < alternative.Length && alternative[i] == '?';
            i += optional ? 1 : 0;
            forms = optional ? [.. forms, .. forms.Select(f => f + piece)] : [.. forms.Select(f => f + piece)];
            if (forms.Count > MostForms)
            {
                return null;
            }
        }

        return forms.Contains("") ? null : forms;
    }

    /// <summary>Whether the lower-cased text of the review has a listed word.</summary>
    public bool IsMatch(ReviewContext context) => Next(context, 0) >= 0;

    /// <summary>The first token from <paramref name="from"/> on that is (or holds, after an apostrophe) a listed word; -1 if none.</summary>
    public int Next(ReviewContext context, int from)
    {
        // A review without the reviewer's index (a test's, a sentence's) finds this list alone, the same way.
        var (found, bit) = context.WordLists is { } index && index.TryGetBit(this, out var indexed)
            ? (context.WordListHits, indexed)
            : ((alone ??= new WordListIndex([this])).Find(context), 1UL);
        for (var t = from; t < found.Length; t++)
        {
            if ((found[t] & bit) != 0)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>This list indexed on its own, for a review that has no index of the reviewer's lists.</summary>
    private WordListIndex? alone;

    /// <summary>Whether no word character (\w, as the expression's \b sees it) touches the span on either side.</summary>
    internal static bool Stands(string text, int start, int end) =>
        (start == 0 || !IsBoundaryWordChar(text[start - 1])) && (end == text.Length || !IsBoundaryWordChar(text[end]));

    /// <summary>A word character to \b: letters, non-spacing marks, decimal digits, connectors (as "_"), and the zero-width joiners.</summary>
    internal static bool IsBoundaryWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_'
        || (c > 127 && (c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation));
}

using System.Text.RegularExpressions;

namespace CarePortal.Review.Text;

/// <summary>
/// The matches of a long pattern of many branches, found by trying it only where a match can begin: at the start of
/// a word that one of its branches begins with. The framework's scan tries every branch at nearly every letter, which
/// for the children's-ages pattern cost more than a whole review (measured: 110 µs a description against 25 µs).
/// </summary>
/// <remarks>
/// The pattern is written anchored (<c>\G(?:…)</c>), in one expression or in several whose branches follow each other
/// (<paramref name="anchored"/>: tried in order at a start, the first that matches wins, as the branches of one would),
/// and tried at each candidate start in order, from the end of the
/// last match on, so the matches are the unanchored pattern's, as long as <paramref name="firstWords"/> holds the
/// first word of every branch (lower case, ASCII letters). A letter or digit outside ASCII (which a case-insensitive
/// pattern may equate with one: the Kelvin sign and "k"), is always tried. A number in ASCII digits is tried only in a
/// pattern with a branch that begins with one, and only where the word after it may begin with one of
/// <paramref name="afterNumber"/> (null: no branch begins with a number; measured: trying every amount and year for
/// directions and ways to pay was a fifth of their cost).
/// <para>
/// Common first words ("a", "the", "in") can also name what must follow them (<paramref name="nextWords"/>): the start of
/// every word that can come next, after a space or a hyphen, in any branch the first word begins. A start followed by a
/// word of ASCII letters that begins with none of them is not tried; anything else after it (a digit, a mark, another
/// script) is tried.
/// </para>
/// </remarks>
internal sealed class WordStartScan(Regex[] anchored, WordSet firstWords, IEnumerable<KeyValuePair<string, string[]>>? nextWords = null, string[]? afterNumber = null)
{
    private readonly WordMap<string[]>? nextWords = nextWords is null ? null : new WordMap<string[]>(nextWords);

    private const int LongestFirstWord = 16;

    public WordStartScan(Regex anchored, WordSet firstWords, IEnumerable<KeyValuePair<string, string[]>>? nextWords = null, string[]? afterNumber = null)
        : this([anchored], firstWords, nextWords, afterNumber)
    {
    }

    /// <summary>The expressions, anchored, in the order their branches are tried.</summary>
    public IReadOnlyList<Regex> Anchored => anchored;

    /// <param name="text">The text searched.</param>
    /// <param name="lower">The text in lower case, invariant (a review has it already), so that no word is lowered again.</param>
    public List<TextSpan> Matches(string text, string? lower = null)
    {
        var found = new List<TextSpan>();
        Scan(text, lower ?? Lowering.Invariant(text), 0, text.Length, found);
        return found;
    }

    /// <summary>
    /// The matches in a review's text, the same as <see cref="Matches(string, string?)"/>: a word of letters a to z that
    /// is a whole token is judged by the key the review made for it and a number by its token, without reading them again;
    /// any other token (an apostrophe, another script, a mark above 0x7F) is scanned character by character. Spaces are
    /// never tried: every branch begins with a word boundary before a letter or digit.
    /// </summary>
    public List<TextSpan> Matches(ReviewContext context)
    {
        var (text, lower, tokens) = (context.Text, context.LowerText, context.Tokens);
        var found = new List<TextSpan>();
        var from = 0; // where the next match may start: the end of the last one
        for (var t = 0; t < tokens.Count; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.End <= from)
            {
                continue;
            }

            if (token.Start < from || !(token.Plain || token.Kind == TokenKind.Number || (token.Kind == TokenKind.Punctuation && text[token.Start] <= 0x7F)))
            {
                from = Scan(text, lower, Math.Max(from, token.Start), token.End, found);
                continue;
            }

            var p = token.Start;
            if (token.Kind == TokenKind.Punctuation || (p > 0 && (char.IsAsciiLetterOrDigit(text[p - 1]) || text[p - 1] == '_')))
            {
                continue; // an ASCII mark, or a word or number joined to the one before it ("4t": the "4" is tried)
            }

            if (token.Kind == TokenKind.Word ? !MayStartWord(text, lower, p, token.End, context.LowerKey(t)) : !MayStartNumber(text, lower, token.End))
            {
                continue;
            }

            if (MatchAt(text, p) is { } match)
            {
                found.Add(match);
                from = match.Start + Math.Max(match.Length, 1);
            }
        }

        return found;
    }

    /// <summary>The match that starts at <paramref name="p"/>: the first expression's that matches there.</summary>
    private TextSpan? MatchAt(string text, int p)
    {
        foreach (var expression in anchored)
        {
            foreach (var m in expression.EnumerateMatches(text, p))
            {
                return new TextSpan(m.Index, m.Length);
            }
        }

        return null;
    }

    /// <summary>Whether a match may start at a word of letters a to z, [p, end), as <see cref="MayStart"/> judges it.</summary>
    private bool MayStartWord(string text, string lower, int p, int end, WordKey key)
    {
        if (end < text.Length && text[end] > 0x7F)
        {
            return true;
        }

        if (end - p > LongestFirstWord)
        {
            return false;
        }

        var word = lower.AsSpan(p, end - p);
        return firstWords.Contains(word, key) && (nextWords is null || !nextWords.TryGetValue(word, key, out var next) || MayFollow(text, lower, end, next));
    }

    /// <summary>Whether a match may start at a number of ASCII digits that ends at <paramref name="end"/>.</summary>
    private bool MayStartNumber(string text, string lower, int end) => afterNumber is not null && MayFollow(text, lower, end, afterNumber);

    /// <summary>Tries every start in [from, to) as <see cref="Matches(string, string?)"/> does; returns where the next match may start.</summary>
    private int Scan(string text, string lower, int from, int to, List<TextSpan> found)
    {
        var next = from;
        for (var p = from; p < to; p++)
        {
            if (p > 0 && (char.IsAsciiLetterOrDigit(text[p - 1]) || text[p - 1] == '_'))
            {
                continue;
            }

            if (!MayStart(text, lower, p, out var end))
            {
                p = end - 1;
                continue;
            }

            if (MatchAt(text, p) is { } match)
            {
                found.Add(match);
                next = match.Start + Math.Max(match.Length, 1);
                p = next - 1;
            }
        }

        return next;
    }

    /// <param name="end">Where the word of ASCII letters at <paramref name="p"/> ends (<paramref name="p"/> + 1 for any other character).</param>
    private bool MayStart(string text, string lower, int p, out int end)
    {
        var c = text[p];
        end = p + 1;
        if (char.IsAsciiDigit(c))
        {
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            return MayStartNumber(text, lower, end);
        }

        if (!char.IsAsciiLetter(c))
        {
            return c > 0x7F || char.IsDigit(c);
        }

        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end < text.Length && text[end] > 0x7F)
        {
            return true;
        }

        if (end - p > LongestFirstWord)
        {
            return false;
        }

        var word = lower.AsSpan(p, end - p);
        return firstWords.Contains(word) && (nextWords is null || !nextWords.TryGetValue(word, out var next) || MayFollow(text, lower, end, next));
    }

    /// <summary>Whether the word after <paramref name="end"/> may be one of <paramref name="starts"/> (or is not a word of ASCII letters).</summary>
    private static bool MayFollow(string text, string lower, int end, string[] starts)
    {
        var from = end < text.Length && text[end] is ' ' or '-' ? end + 1 : end;
        var to = from;
        while (to < text.Length && to - from < LongestFirstWord && char.IsAsciiLetter(text[to]))
        {
            to++;
        }

        if (to == from || (to < text.Length && text[to] > 0x7F))
        {
            return true;
        }

        var word = lower.AsSpan(from, to - from);
        foreach (var start in starts)
        {
            if (word.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

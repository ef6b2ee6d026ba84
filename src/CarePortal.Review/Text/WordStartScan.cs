using System.Text.RegularExpressions;

namespace CarePortal.Review.Text;

/// <summary>
/// The matches of a long pattern of many branches, found by trying it only where a match can begin: at the start of
/// a word that one of its branches begins with. The framework's scan tries every branch at nearly every letter, which
/// for the children's-ages pattern cost more than a whole review (measured: 110 µs a description against 25 µs).
/// </summary>
/// <remarks>
/// The pattern is written anchored (<c>\G(?:…)</c>) and tried at each candidate start in order, from the end of the
/// last match on, so the matches are the unanchored pattern's, as long as <paramref name="firstWords"/> holds the
/// first word of every branch (lower case, ASCII letters). A digit, or a letter outside ASCII (which a case-insensitive
/// pattern may equate with one: the Kelvin sign and "k"), is always tried.
/// <para>
/// Common first words ("a", "the", "in") can also name what must follow them (<paramref name="nextWords"/>): the start of
/// every word that can come next, after a space or a hyphen, in any branch the first word begins. A start followed by a
/// word of ASCII letters that begins with none of them is not tried; anything else after it (a digit, a mark, another
/// script) is tried.
/// </para>
/// </remarks>
internal sealed class WordStartScan(Regex anchored, WordSet firstWords, IEnumerable<KeyValuePair<string, string[]>>? nextWords = null)
{
    private readonly WordMap<string[]>? nextWords = nextWords is null ? null : new WordMap<string[]>(nextWords);

    private const int LongestFirstWord = 16;

    public Regex Anchored => anchored;

    /// <param name="text">The text searched.</param>
    /// <param name="lower">The text in lower case, invariant (a review has it already), so that no word is lowered again.</param>
    public List<TextSpan> Matches(string text, string? lower = null)
    {
        lower ??= Lowering.Invariant(text);
        var found = new List<TextSpan>();
        for (var p = 0; p < text.Length; p++)
        {
            if (p > 0 && (char.IsAsciiLetterOrDigit(text[p - 1]) || text[p - 1] == '_'))
            {
                continue;
            }

            if (!MayStart(text, lower, p, out var end))
            {
                p = end - 1; // no start inside a word of letters: go on after it
                continue;
            }

            foreach (var m in anchored.EnumerateMatches(text, p))
            {
                found.Add(new TextSpan(m.Index, m.Length));
                p = m.Index + Math.Max(m.Length, 1) - 1;
                break;
            }
        }

        return found;
    }

    /// <param name="end">Where the word of ASCII letters at <paramref name="p"/> ends (<paramref name="p"/> + 1 for any other character).</param>
    private bool MayStart(string text, string lower, int p, out int end)
    {
        var c = text[p];
        end = p + 1;
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

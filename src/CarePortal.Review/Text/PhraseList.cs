using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

/// <summary>A phrase of a list: its words (lower case; a word written with a final '*' matches any ending) and a value.</summary>
internal sealed record Phrase<T>(string[] Words, bool[] Prefix, bool CaseSensitive, T Value)
{
    /// <summary>The first letter of the second word, lower case ('\0' for a phrase of one word): a cheap test before a match is tried.</summary>
    public char SecondLetter { get; } = Words.Length > 1 ? char.ToLowerInvariant(Words[1][0]) : '\0';
}

/// <summary>A match of a phrase over tokens [FirstToken, LastToken].</summary>
internal readonly record struct PhraseMatch<T>(int FirstToken, int LastToken, TextSpan Span, Phrase<T> Phrase);

/// <summary>
/// Finds listed phrases in tokenised text, word by word, ignoring hyphens ("non-compliant" = "non compliant").
/// Hand-written: no served library matches word phrases over our own tokens.
/// </summary>
internal sealed class PhraseList<T> : IPhraseStarts
{
    private readonly WordMap<List<Phrase<T>>> byFirstWord;
    // Phrases whose first word is a prefix ("complet*"), by their first letter.
    private readonly Dictionary<char, List<Phrase<T>>> prefixFirst = [];

    public PhraseList(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var map = new Dictionary<string, List<Phrase<T>>>(StringComparer.Ordinal);
        foreach (var (text, value) in phrases)
        {
            var caseSensitive = text.Any(char.IsUpper) && text.All(c => !char.IsLower(c));
            var (words, prefix) = SplitWords(caseSensitive ? text : text.ToLowerInvariant());
            if (words.Length == 0)
            {
                continue;
            }

            if (prefix[0])
            {
                var letter = char.ToLowerInvariant(words[0][0]);
                if (!prefixFirst.TryGetValue(letter, out var byLetter))
                {
                    prefixFirst[letter] = byLetter = [];
                }

                byLetter.Add(new Phrase<T>(words, prefix, caseSensitive, value));
                continue;
            }

            var key = words[0].ToLowerInvariant();
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(new Phrase<T>(words, prefix, caseSensitive, value));
        }

        foreach (var list in map.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length)); // longest phrase first
        }

        byFirstWord = new WordMap<List<Phrase<T>>>(map);
        FirstWords = [.. map.Keys];
        PrefixStems = [.. prefixFirst.Values.SelectMany(p => p).Select(p => p.Words[0].ToLowerInvariant())];
        foreach (var stem in PrefixStems)
        {
            MarkStart(stem);
        }
    }

    public IEnumerable<string> FirstWords { get; }

    public IEnumerable<string> PrefixStems { get; }

    /// <summary>Marks the first two letters of a prefix phrase's stem (a stem of one letter, or not of a to z, marks more).</summary>
    private void MarkStart(string stem)
    {
        var first = (uint)(stem[0] - 'a');
        var second = stem.Length > 1 ? (uint)(stem[1] - 'a') : 26;
        if (first >= 26)
        {
            oddStems = true;
        }
        else if (second >= 26)
        {
            shortStemLetters |= 1u << (int)first;
        }
        else
        {
            var pair = (first * 26) + second;
            stemPairs[pair >> 6] |= 1UL << (int)(pair & 63);
        }
    }

    /// <summary>Every longest, non-overlapping match, in text order.</summary>
    public List<PhraseMatch<T>> FindAll(ReviewContext context)
    {
        var found = new List<PhraseMatch<T>>();
        foreach (var match in Matches(context))
        {
            found.Add(match);
        }

        return found;
    }

    /// <summary>Matches in text order, found as they are enumerated (a caller may stop at the first); no allocation.</summary>
    public MatchEnumerator Matches(ReviewContext context) => new(this, context);

    /// <summary>Whether any phrase of the list is in the text.</summary>
    public bool Any(ReviewContext context) => Matches(context).MoveNext();

    /// <summary>
    /// False when no phrase can start at token <paramref name="i"/>: a cheap test (the first words' filter, the first two
    /// letters of prefix phrases) made inline for every token, before the lookup that <see cref="Next"/> makes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartAt(ReviewContext context, int i)
    {
        if (context.Tokens[i].Kind == TokenKind.Punctuation)
        {
            return false;
        }

        if (byFirstWord.MayContain(context.LowerKey(i)))
        {
            return true;
        }

        return prefixFirst.Count > 0 && MayStartPrefixPhrase(context.Lower(i));
    }

    /// <summary>Whether the word's first two letters begin the stem of a prefix phrase ("complet*": "co").</summary>
    private bool MayStartPrefixPhrase(ReadOnlySpan<char> word)
    {
        var first = (uint)(word[0] - 'a');
        if (oddStems || first >= 26 || (shortStemLetters & (1u << (int)first)) != 0)
        {
            return true;
        }

        if (word.Length < 2)
        {
            return false;
        }

        var second = (uint)(word[1] - 'a');
        var pair = (first * 26) + second;
        return second >= 26 || (stemPairs[pair >> 6] & (1UL << (int)(pair & 63))) != 0;
    }

    /// <summary>The first two letters (a to z) of prefix phrases' stems, a bit each pair; stems of one letter; other stems.</summary>
    private readonly ulong[] stemPairs = new ulong[(26 * 26 / 64) + 1];
    private uint shortStemLetters;
    private bool oddStems;

    private PhraseMatch<T>? Next(ReviewContext context, ref int i)
    {
        var tokens = context.Tokens;
        if (tokens[i].Kind == TokenKind.Punctuation)
        {
            return null;
        }

        var last = -1;
        Phrase<T>? found = null;
        var word = context.Lower(i);
        if (byFirstWord.TryGetValue(word, context.LowerKey(i), out var candidates))
        {
            (found, last) = Longest(context, i, candidates);
        }

        if (found is null && prefixFirst.Count > 0 && prefixFirst.TryGetValue(word[0], out var byLetter))
        {
            (found, last) = Longest(context, i, byLetter);
        }

        if (found is null)
        {
            return null;
        }

        var match = new PhraseMatch<T>(i, last, TextSpan.FromBounds(tokens[i].Start, tokens[last].End), found);
        i = last;
        return match;
    }

    /// <summary>Enumerates <see cref="Matches"/> (a struct, for <c>foreach</c>).</summary>
    internal struct MatchEnumerator
    {
        private readonly PhraseList<T> list;
        private readonly ReviewContext context;
        private int next;

        // Where the review's phrase index holds this list: the tokens where one of its phrases may start, a bit each.
        private readonly byte[]? starts;
        private readonly byte bit;

        public MatchEnumerator(PhraseList<T> list, ReviewContext context)
        {
            this.list = list;
            this.context = context;
            starts = context.PhraseStarts(list, out bit);
        }

        public PhraseMatch<T> Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var count = context.Tokens.Count;
            for (var i = next; i < count; i++)
            {
                if ((starts is null ? list.MayStartAt(context, i) : (starts[i] & bit) != 0) && list.Next(context, ref i) is { } match)
                {
                    Current = match;
                    next = i + 1;
                    return true;
                }
            }

            next = count;
            return false;
        }
    }

    private static (Phrase<T>? Phrase, int Last) Longest(ReviewContext context, int first, List<Phrase<T>> candidates)
    {
        var second = SecondLetter(context, first);
        foreach (var phrase in candidates)
        {
            if (phrase.SecondLetter != '\0' && phrase.SecondLetter != second)
            {
                continue; // the next word does not start as the phrase's second word: it cannot match
            }

            var last = Match(context, first, phrase);
            if (last >= 0)
            {
                return (phrase, last);
            }
        }

        return (null, -1);
    }

    /// <summary>The first letter, lower case, of the token a phrase's second word would be matched with ('\0' at the end).</summary>
    private static char SecondLetter(ReviewContext context, int first)
    {
        var t = first + 1;
        while (t < context.Tokens.Count && IsHyphen(context, t))
        {
            t++;
        }

        return t < context.Tokens.Count ? context.LowerText[context.Tokens[t].Start] : '\0';
    }

    private static int Match(ReviewContext context, int first, Phrase<T> phrase)
    {
        var tokens = context.Tokens;
        var t = first;
        for (var w = 0; w < phrase.Words.Length; w++)
        {
            while (t < tokens.Count && IsHyphen(context, t))
            {
                t++;
            }

            if (t >= tokens.Count)
            {
                return -1;
            }

            var word = phrase.CaseSensitive ? context.Original(t) : context.Lower(t);
            if (w == phrase.Words.Length - 1 && word.Length > 2 && word[^1] is 's' && Tokenizer.IsApostrophe(word[^2]) && !phrase.Words[w].EndsWith('s'))
            {
                word = word[..^2]; // "Taylor Swift’s music": the possessive of a listed phrase
            }

            var expected = phrase.Words[w].AsSpan();
            var ok = phrase.Prefix[w] ? word.StartsWith(expected, StringComparison.Ordinal) : word.SequenceEqual(expected);
            if (!ok)
            {
                return -1;
            }

            if (w < phrase.Words.Length - 1)
            {
                t++;
            }
        }

        return t;
    }

    private static bool IsHyphen(ReviewContext context, int t) =>
        context.Tokens[t].Kind == TokenKind.Punctuation && context.Text[context.Tokens[t].Start] is '-' or '\u2010' or '\u2011';

    private static (string[] Words, bool[] Prefix) SplitWords(string phrase)
    {
        var words = new List<string>();
        var prefix = new List<bool>();
        var tokens = Tokenizer.Tokenize(phrase);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var c = phrase[t.Start];
            if (t.Kind == TokenKind.Punctuation && c == '*' && prefix.Count > 0)
            {
                prefix[^1] = true;
            }
            else if (!(t.Kind == TokenKind.Punctuation && c == '-'))
            {
                words.Add(phrase.Substring(t.Start, t.Length));
                prefix.Add(false);
            }
        }

        return (words.ToArray(), prefix.ToArray());
    }
}

using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// Spelling corrections one edit away (delete, transpose, replace, insert), common words first.
/// Hand-written: the served spell-checking libraries need Hunspell files we do not ship.
/// </summary>
internal static class Suggestions
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static string? Best(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        if (word.Length is < 3 or > 30)
        {
            return null;
        }

        // The likelier kind of slip wins; between equals, the common word. Every common word is an English word, so one
        // search over the English list finds both (a common word is looked up only among the English words found).
        var english = Find(word, lexicon.English, lexicon.Common, out var englishRank, out var common, out var commonRank);
        return englishRank < commonRank ? english : common ?? english;
    }

    /// <summary>Whether <paramref name="word"/> is at most one edit (a letter added, dropped or changed, two neighbours swapped) from one of <paramref name="words"/>.</summary>
    public static bool WithinOneEditOfAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Length >= w.Length ? WithinOneEdit(word, w) : WithinOneEdit(w, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="longer"/> (not shorter than <paramref name="shorter"/>) is at most one edit from it.</summary>
    private static bool WithinOneEdit(ReadOnlySpan<char> longer, ReadOnlySpan<char> shorter)
    {
        if (longer.Length - shorter.Length > 1)
        {
            return false;
        }

        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i])
        {
            i++;
        }

        if (i == shorter.Length)
        {
            return true;
        }

        if (longer.Length > shorter.Length)
        {
            return longer[(i + 1)..].SequenceEqual(shorter[i..]);
        }

        return longer[(i + 1)..].SequenceEqual(shorter[(i + 1)..])
            || (i + 1 < longer.Length && longer[i] == shorter[i + 1] && longer[i + 1] == shorter[i] && longer[(i + 2)..].SequenceEqual(shorter[(i + 2)..]));
    }

    /// <summary>A word of <paramref name="words"/> one edit away, if any.</summary>
    public static string? Near(ReadOnlySpan<char> word, WordSet words) => word.Length is < 3 or > 30 ? null : Find(word, words, null, out _, out _, out _);

    /// <summary>
    /// The likeliest word one edit away: a doubled letter left single ("realy" -> "really") or an ie/ei swap ("recieve") first,
    /// then a letter dropped, two letters swapped, a letter missing, a letter wrong; first found within a kind. The same for
    /// the words of <paramref name="subset"/> (a subset of <paramref name="words"/>) in <paramref name="subsetBest"/>.
    /// </summary>
    private static string? Find(ReadOnlySpan<char> word, WordSet words, WordSet? subset, out int rank, out string? subsetBest, out int subsetRank)
    {
        Span<char> buffer = stackalloc char[word.Length + 1];
        string? best = null, bestOfSubset = null;
        int bestRank = int.MaxValue, bestSubsetRank = subset is null ? -1 : int.MaxValue;

        // A candidate can only matter if it beats the best of either list (the subset's best is never better than the whole's).
        void Consider(ReadOnlySpan<char> candidate, int rank)
        {
            if ((rank < bestRank || rank < bestSubsetRank) && words.Contains(candidate))
            {
                if (rank < bestRank)
                {
                    best = candidate.ToString();
                    bestRank = rank;
                }

                if (rank < bestSubsetRank && subset!.Contains(candidate))
                {
                    bestOfSubset = candidate.ToString();
                    bestSubsetRank = rank;
                }
            }
        }

        // Whether a candidate of this rank could still change an answer: a better word, or a subset word as good as the best.
        bool Worth(int rank) => bestRank > rank || (bestRank == rank && bestSubsetRank > rank);

        for (var i = 0; i <= word.Length; i++)
        {
            // A doubled letter: "realy" -> "really", "tomorow" -> "tomorrow".
            if (i > 0)
            {
                word[..i].CopyTo(buffer);
                buffer[i] = word[i - 1];
                word[i..].CopyTo(buffer[(i + 1)..]);
                Consider(buffer[..(word.Length + 1)], 0);
            }
        }

        for (var i = 0; i + 1 < word.Length; i++)
        {
            word.CopyTo(buffer);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            var ieSwap = (word[i] == 'i' && word[i + 1] == 'e') || (word[i] == 'e' && word[i + 1] == 'i');
            Consider(buffer[..word.Length], ieSwap ? 0 : 2);
        }

        for (var i = 0; i < word.Length; i++)
        {
            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            var doubled = i > 0 && word[i] == word[i - 1];
            Consider(buffer[..(word.Length - 1)], doubled ? 1 : 3);
        }

        for (var i = 0; i <= word.Length && Worth(4); i++)
        {
            word[..i].CopyTo(buffer);
            word[i..].CopyTo(buffer[(i + 1)..]);
            foreach (var c in Letters)
            {
                buffer[i] = c;
                Consider(buffer[..(word.Length + 1)], 4);
            }
        }

        for (var i = 0; i < word.Length && Worth(5); i++)
        {
            word.CopyTo(buffer);
            foreach (var c in Letters)
            {
                if (c == word[i])
                {
                    continue;
                }

                buffer[i] = c;
                Consider(buffer[..word.Length], 5);
            }
        }

        rank = bestRank;
        subsetBest = bestOfSubset;
        subsetRank = bestSubsetRank;
        return best;
    }
}

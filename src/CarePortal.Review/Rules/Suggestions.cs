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

        // The likelier kind of slip wins; between equals, the common word.
        var common = Find(word, lexicon.Common, out var commonRank);
        var english = Find(word, lexicon.English, out var englishRank);
        return englishRank < commonRank ? english : common ?? english;
    }

    /// <summary>A word of <paramref name="words"/> one edit away, if any.</summary>
    public static string? Near(ReadOnlySpan<char> word, WordSet words) => word.Length is < 3 or > 30 ? null : Find(word, words, out _);

    /// <summary>
    /// The likeliest word one edit away: a doubled letter left single ("realy" -> "really") or an ie/ei swap ("recieve") first,
    /// then a letter dropped, two letters swapped, a letter missing, a letter wrong; first found within a kind.
    /// </summary>
    private static string? Find(ReadOnlySpan<char> word, WordSet words, out int rank)
    {
        Span<char> buffer = stackalloc char[word.Length + 1];
        string? best = null;
        var bestRank = int.MaxValue;

        void Consider(ReadOnlySpan<char> candidate, int rank)
        {
            if (rank < bestRank && words.Contains(candidate))
            {
                best = candidate.ToString();
                bestRank = rank;
            }
        }

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

        if (bestRank <= 1)
        {
            rank = bestRank;
            return best;
        }

        for (var i = 0; i <= word.Length && bestRank > 4; i++)
        {
            word[..i].CopyTo(buffer);
            word[i..].CopyTo(buffer[(i + 1)..]);
            foreach (var c in Letters)
            {
                buffer[i] = c;
                Consider(buffer[..(word.Length + 1)], 4);
            }
        }

        for (var i = 0; i < word.Length && bestRank > 5; i++)
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
        return best;
    }
}

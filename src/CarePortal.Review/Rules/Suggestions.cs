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

        return Find(word, lexicon.Common) ?? Find(word, lexicon.English);
    }

    /// <summary>A word of <paramref name="words"/> one edit away, if any.</summary>
    public static string? Near(ReadOnlySpan<char> word, WordSet words) => word.Length is < 3 or > 30 ? null : Find(word, words);

    private static string? Find(ReadOnlySpan<char> word, WordSet words)
    {
        Span<char> buffer = stackalloc char[word.Length + 1];

        for (var i = 0; i + 1 < word.Length; i++)
        {
            word.CopyTo(buffer);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            if (words.Contains(buffer[..word.Length]))
            {
                return buffer[..word.Length].ToString();
            }
        }

        for (var i = 0; i < word.Length; i++)
        {
            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            if (words.Contains(buffer[..(word.Length - 1)]))
            {
                return buffer[..(word.Length - 1)].ToString();
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            word[..i].CopyTo(buffer);
            word[i..].CopyTo(buffer[(i + 1)..]);
            foreach (var c in Letters)
            {
                buffer[i] = c;
                if (words.Contains(buffer[..(word.Length + 1)]))
                {
                    return buffer[..(word.Length + 1)].ToString();
                }
            }
        }

        for (var i = 0; i < word.Length; i++)
        {
            word.CopyTo(buffer);
            foreach (var c in Letters)
            {
                if (c == word[i])
                {
                    continue;
                }

                buffer[i] = c;
                if (words.Contains(buffer[..word.Length]))
                {
                    return buffer[..word.Length].ToString();
                }
            }
        }

        return null;
    }
}

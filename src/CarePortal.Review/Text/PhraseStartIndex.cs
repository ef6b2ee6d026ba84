using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

/// <summary>
/// A reviewer's phrase lists (<see cref="PhraseList{T}"/>) in one table, a bit each: a review finds where a phrase of any
/// of them may start in one pass over its tokens, instead of one pass a list (measured: the passes cost more than the
/// matching).
/// </summary>
internal sealed class PhraseStartIndex
{
    /// <summary>Up to 8 lists are indexed; a list beyond them makes its own pass.</summary>
    private const int MaxLists = 8;

    private readonly Dictionary<object, byte> bits = new(ReferenceEqualityComparer.Instance);

    // The lists by the top 16 bits of their first words' hashes: one read a token, no comparison. A word that shares its
    // slot with another list's first word is tried in that list too, where its own lookup rules it out.
    private readonly byte[] listsBySlot = new byte[1 << 16];

    // Lists with phrases whose first word is a prefix ("complet*"), and the first letters of their stems (see PhraseList).
    private byte prefixLists;
    private byte oddStemLists;
    private readonly byte[] shortStemLists = new byte[26];
    private readonly byte[] stemPairLists = new byte[26 * 26];

    public PhraseStartIndex(IEnumerable<IPhraseStarts> lists)
    {
        foreach (var list in lists.Distinct(ReferenceEqualityComparer.Instance).Cast<IPhraseStarts>().Take(MaxLists))
        {
            var bit = (byte)(1 << bits.Count);
            bits[list] = bit;
            foreach (var word in list.FirstWords)
            {
                listsBySlot[Slot(WordKey.Of(word))] |= bit;
            }

            foreach (var stem in list.PrefixStems)
            {
                prefixLists |= bit;
                MarkStem(stem, bit);
            }
        }
    }

    private static int Slot(WordKey key) => (int)(key.Hash >> 16);

    private void MarkStem(string stem, byte bit)
    {
        var first = (uint)(stem[0] - 'a');
        var second = stem.Length > 1 ? (uint)(stem[1] - 'a') : 26;
        if (first >= 26)
        {
            oddStemLists |= bit;
        }
        else if (second >= 26)
        {
            shortStemLists[first] |= bit;
        }
        else
        {
            stemPairLists[(first * 26) + second] |= bit;
        }
    }

    /// <summary>The list's bit, if it is indexed.</summary>
    public bool TryGetBit(IPhraseStarts list, out byte bit) => bits.TryGetValue(list, out bit);

    /// <summary>For each token of the review, the lists a phrase of which may start there.</summary>
    public byte[] Find(ReviewContext context)
    {
        var tokens = context.Tokens;
        var found = new byte[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            var lists = listsBySlot[Slot(context.LowerKey(t))];
            if (prefixLists != 0)
            {
                lists |= PrefixListsOf(context.Lower(t));
            }

            found[t] = lists;
        }

        return found;
    }

    /// <summary>The lists with a prefix phrase whose stem may begin the word (by its first two letters, as PhraseList tests them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte PrefixListsOf(ReadOnlySpan<char> word)
    {
        var first = (uint)(word[0] - 'a');
        if (first >= 26)
        {
            return prefixLists;
        }

        var lists = (byte)(oddStemLists | shortStemLists[first]);
        if (word.Length < 2)
        {
            return lists;
        }

        var second = (uint)(word[1] - 'a');
        return second >= 26 ? prefixLists : (byte)(lists | stemPairLists[(first * 26) + second]);
    }
}

/// <summary>What <see cref="PhraseStartIndex"/> needs of a phrase list: where its phrases can start.</summary>
internal interface IPhraseStarts
{
    /// <summary>The first words (lower case) of its phrases that are whole words.</summary>
    IEnumerable<string> FirstWords { get; }

    /// <summary>The stems (lower case) of its phrases whose first word is a prefix ("complet*": "complet").</summary>
    IEnumerable<string> PrefixStems { get; }
}

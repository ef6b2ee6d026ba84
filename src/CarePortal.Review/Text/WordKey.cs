using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

/// <summary>
/// A word's key in a <see cref="WordTable"/>. A short word of lower-case letters (most words looked up) is packed whole
/// into <see cref="Packed"/>, five bits a letter, so that a table compares it with one number instead of reading its
/// characters from another array (a cache miss in the large lists); any other word is known by its characters' hash.
/// </summary>
internal readonly record struct WordKey(ulong Packed, uint Hash)
{
    /// <summary>Twelve letters of five bits (a to z, then ' - . &amp; ’): sixty bits, so a packed key never has the top bit a table uses for other words.</summary>
    public const int LongestPacked = 12;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordKey Of(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > LongestPacked)
        {
            return new WordKey(0, HashChars(word));
        }

        var packed = 0UL;
        for (var i = 0; i < word.Length; i++)
        {
            var code = (uint)(word[i] - 'a');
            if (code >= 26)
            {
                return OfOtherLetters(word);
            }

            packed |= (ulong)(code + 1) << (5 * i);
        }

        return new WordKey(packed, HashOfPacked(packed));
    }

    /// <summary>A short word with a character other than a to z: packed if every one has a code, else hashed.</summary>
    private static WordKey OfOtherLetters(ReadOnlySpan<char> word)
    {
        var packed = 0UL;
        for (var i = 0; i < word.Length; i++)
        {
            var code = (uint)(word[i] - 'a') < 26 ? (uint)(word[i] - 'a') + 1 : OtherCode(word[i]);
            if (code == 0)
            {
                return new WordKey(0, HashChars(word));
            }

            packed |= (ulong)code << (5 * i);
        }

        return new WordKey(packed, HashOfPacked(packed));
    }

    /// <summary>The code of a character other than a to z that may be packed (0: it may not).</summary>
    private static uint OtherCode(char c) => c switch
    {
        '\'' => 27,
        '-' => 28,
        '.' => 29,
        '&' => 30,
        '\u2019' => 31, // the curly apostrophe of "don’t", as real text writes it
        _ => 0,
    };

    /// <summary>The finaliser of MurmurHash3: every bit of the packed letters reaches the low bits a table's slot is taken from.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashOfPacked(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdUL;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53UL;
        k ^= k >> 33;
        return (uint)k;
    }

    /// <summary>FNV-1a over the characters, then mixed so that the low bits (the slot) depend on every character.</summary>
    private static uint HashChars(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 16;
        h *= 0x7feb352du;
        h ^= h >> 15;
        return h;
    }
}

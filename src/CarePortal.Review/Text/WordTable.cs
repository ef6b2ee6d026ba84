using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

/// <summary>
/// Words in one open-addressing table of 64-bit slots. A short lower-case word is its slot (its <see cref="WordKey.Packed"/>
/// letters), so finding it reads one slot and nothing else; any other word's slot holds its hash and where its characters
/// are kept. Hand-written rather than a <see cref="HashSet{T}"/> of strings: loading makes no string per word (the English
/// list has 276,000), and a lookup of a packed word touches one cache line where a string set touches three.
/// </summary>
internal sealed class WordTable
{
    /// <summary>The top bit marks a slot of a word that is not packed: the bit, its hash, and the index of its characters.</summary>
    private const ulong NotPacked = 1UL << 63;

    private const int CharsIndexBits = 31;
    private const ulong CharsIndexMask = (1UL << CharsIndexBits) - 1;

    private readonly ulong[] slots;

    /// <summary>For each slot, the index of its word (the order it was added in); read only by lookups that want it.</summary>
    private readonly int[] indexes;

    /// <summary>The characters of the words that are not packed, the only ones compared character by character.</summary>
    private readonly char[] chars;
    private readonly int[] starts;
    private readonly int mask;

    /// <summary>Takes the words added to a builder; a word added twice keeps the index of its first time.</summary>
    private WordTable(ReadOnlySpan<char> added, ReadOnlySpan<int> addedStarts, int words, out int[] firstIndex)
    {
        // Small tables at most a quarter full: most lookups are of words not in the table, and a miss reads slots until
        // an empty one. Large ones up to two thirds (their filter answers most misses; every process holds them).
        var size = 16;
        while (words < FilteredFrom ? size < words * 4 : size < words + words / 2)
        {
            size <<= 1;
        }

        slots = new ulong[size];
        indexes = new int[size];
        mask = size - 1;
        (var keys, chars, starts, var charsIndex) = KeysOf(added, addedStarts, words);
        firstIndex = new int[words];
        for (var i = 0; i < words; i++)
        {
            var word = added[addedStarts[i]..addedStarts[i + 1]];
            var key = keys[i];
            var at = Find(word, key);
            if (at >= 0)
            {
                firstIndex[i] = indexes[at];
                continue;
            }

            var slot = ~at;
            slots[slot] = key.Packed != 0 ? key.Packed : NotPacked | ((ulong)key.Hash << CharsIndexBits) | (uint)charsIndex[i];
            indexes[slot] = i;
            firstIndex[i] = i;
            Count++;
        }

        Capacity = words;
        if (Count >= FilteredFrom)
        {
            BuildFilter();
        }
        else
        {
            BuildBits();
        }
    }

    /// <summary>Every added word's key; the characters of those that are not packed, and where each one's are.</summary>
    private static (WordKey[] Keys, char[] Chars, int[] Starts, int[] CharsIndex) KeysOf(ReadOnlySpan<char> added, ReadOnlySpan<int> addedStarts, int words)
    {
        var keys = new WordKey[words];
        var (length, unpacked) = (0, 0);
        for (var i = 0; i < words; i++)
        {
            keys[i] = WordKey.Of(added[addedStarts[i]..addedStarts[i + 1]]);
            if (keys[i].Packed == 0)
            {
                length += addedStarts[i + 1] - addedStarts[i];
                unpacked++;
            }
        }

        var chars = new char[length];
        var starts = new int[unpacked + 1];
        var charsIndex = new int[words];
        for (int i = 0, at = 0; i < words; i++)
        {
            if (keys[i].Packed == 0)
            {
                var word = added[addedStarts[i]..addedStarts[i + 1]];
                word.CopyTo(chars.AsSpan(starts[at]));
                starts[at + 1] = starts[at] + word.Length;
                charsIndex[i] = at++;
            }
        }

        return (keys, chars, starts, charsIndex);
    }

    /// <summary>Tables of this many words or more have a <see cref="filter"/>.</summary>
    private const int FilteredFrom = 16_384;

    /// <summary>
    /// A Bloom filter (one 64-bit block per lookup, three bits a word, 8 to 16 bits a word): it answers most lookups of
    /// words not in a large table from the processor's cache, where the table's slots are not (the English list's are 4 MB,
    /// and a spelling correction looks up hundreds of candidates that are not words). Null for small tables.
    /// </summary>
    private ulong[]? filter;

    private void BuildFilter()
    {
        var blocks = 64;
        while (blocks < Count / 8)
        {
            blocks <<= 1;
        }

        filter = new ulong[blocks];
        foreach (var slot in slots)
        {
            if (slot != 0)
            {
                var hash = HashOf(slot);
                filter[FilterBlock(hash, blocks)] |= FilterBits(hash);
            }
        }
    }

    /// <summary>The hash a slot's word was placed by.</summary>
    private static uint HashOf(ulong slot) => (slot & NotPacked) != 0 ? (uint)(slot >> CharsIndexBits) : WordKey.HashOfPacked(slot);

    /// <summary>
    /// A small table's filter: one bit a word in 16 bits a word (a sixteenth of misses get through), so that most lookups of
    /// words it does not hold (nearly all lookups of a small list: "is this token a be-form?") end in a few hundred bytes
    /// instead of the slots (a quarter full, they are 32 bytes a word). Null for large tables.
    /// </summary>
    private ulong[]? wordBits;
    private int bitsShift;

    private void BuildBits()
    {
        var log = 8;
        while (1 << log < Count * 16)
        {
            log++;
        }

        wordBits = new ulong[(1 << log) / 64];
        bitsShift = 64 - log;
        foreach (var slot in slots)
        {
            if (slot != 0)
            {
                var bit = Bit(HashOf(slot));
                wordBits[bit >> 6] |= 1UL << bit;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bit(uint hash) => (int)(((ulong)hash * 0x9E3779B97F4A7C15UL) >> bitsShift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBlock(uint hash, int blocks) => (int)(((ulong)hash * 0x9E3779B97F4A7C15UL) >> 20) & (blocks - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(uint hash)
    {
        var mixed = (ulong)hash * 0x9E3779B97F4A7C15UL;
        return (1UL << (int)(mixed >> 58)) | (1UL << (int)((mixed >> 52) & 63)) | (1UL << (int)((mixed >> 46) & 63));
    }

    /// <summary>False when the word is surely not in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(uint hash)
    {
        if (wordBits is { } b)
        {
            var bit = Bit(hash);
            return (b[bit >> 6] & (1UL << bit)) != 0;
        }

        if (filter is not { } f)
        {
            return true;
        }

        var bits = FilterBits(hash);
        return (f[FilterBlock(hash, f.Length)] & bits) == bits;
    }

    /// <summary>Distinct words.</summary>
    public int Count { get; }

    /// <summary>Indexes run over every word added, duplicates included; the values of a map are kept by index.</summary>
    public int Capacity { get; }

    /// <summary>The index of <paramref name="word"/> (exact, ordinal), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word) => IndexOf(word, WordKey.Of(word));

    /// <summary>The index of <paramref name="word"/> whose key is known (a token's, made once per review).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word, WordKey key)
    {
        var at = MayHold(key.Hash) ? Find(word, key) : -1;
        return at >= 0 ? indexes[at] : -1;
    }

    /// <summary>Whether the table holds <paramref name="word"/>, whose key is known; a packed word's index is not read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word, WordKey key) => MayHold(key.Hash) && Find(word, key) >= 0;

    /// <summary>The slot holding the word; if none, the complement (negative) of the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> word, WordKey key)
    {
        if (key.Packed != 0)
        {
            for (var i = (int)key.Hash & mask; ; i = (i + 1) & mask)
            {
                var slot = slots[i];
                if (slot == key.Packed)
                {
                    return i;
                }

                if (slot == 0)
                {
                    return ~i;
                }
            }
        }

        var wanted = NotPacked | ((ulong)key.Hash << CharsIndexBits);
        for (var i = (int)key.Hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return ~i;
            }

            if ((slot & ~CharsIndexMask) == wanted)
            {
                var at = (int)(slot & CharsIndexMask);
                if (word.SequenceEqual(chars.AsSpan(starts[at], starts[at + 1] - starts[at])))
                {
                    return i;
                }
            }
        }
    }

    /// <summary>Collects words (as spans, so that no string is made for each) and builds the table once.</summary>
    internal sealed class Builder
    {
        private char[] chars = new char[1024];
        private int[] starts = new int[129];
        private int length;
        private int words;

        public int Add(ReadOnlySpan<char> word)
        {
            if (length + word.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, length + word.Length));
            }

            if (words + 2 > starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
            }

            word.CopyTo(chars.AsSpan(length));
            length += word.Length;
            starts[++words] = length;
            return words - 1;
        }

        /// <param name="firstIndex">For each word added, in order, the index the table knows it by.</param>
        public WordTable Build(out int[] firstIndex) => new(chars.AsSpan(0, length), starts.AsSpan(0, words + 1), words, out firstIndex);
    }
}

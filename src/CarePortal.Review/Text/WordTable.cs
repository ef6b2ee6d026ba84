using System.Runtime.CompilerServices;

namespace CarePortal.Review.Text;

/// <summary>
/// Words in one open-addressing table: the characters of every word in one array and a slot per word holding
/// its hash and index. A lookup by span reads one slot (usually) and the word's characters. Hand-written rather
/// than a <see cref="HashSet{T}"/> of strings: loading makes no string per word (the English list has 276,000),
/// and precompiled (ReadyToRun) code inlines the whole lookup, which it cannot do across the framework's generics.
/// </summary>
internal sealed class WordTable
{
    private readonly char[] chars;
    private readonly int[] starts;
    private readonly ulong[] slots;
    private readonly int mask;

    /// <summary>Takes the words added to a builder; a word added twice keeps the index of its first time.</summary>
    private WordTable(char[] chars, int[] starts, int words, out int[] firstIndex)
    {
        this.chars = chars;
        this.starts = starts;
        // Small tables at most a quarter full: most lookups are of words not in the table, and a miss reads slots until
        // an empty one. Large ones up to two thirds (their filter answers most misses; every process holds them).
        var size = 16;
        while (words < FilteredFrom ? size < words * 4 : size < words + words / 2)
        {
            size <<= 1;
        }

        slots = new ulong[size];
        mask = size - 1;
        firstIndex = new int[words];
        for (var i = 0; i < words; i++)
        {
            var word = Word(i);
            var hash = Hash(word);
            var at = Find(word, hash, out var slot);
            if (at >= 0)
            {
                firstIndex[i] = at;
                continue;
            }

            slots[slot] = ((ulong)hash << 32) | (uint)(i + 1);
            firstIndex[i] = i;
            Count++;
        }

        if (Count >= FilteredFrom)
        {
            BuildFilter();
        }
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
                var hash = (uint)(slot >> 32);
                filter[FilterBlock(hash, blocks)] |= FilterBits(hash);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBlock(uint hash, int blocks) => (int)(((ulong)hash * 0x9E3779B97F4A7C15UL) >> 20) & (blocks - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(uint hash)
    {
        var mixed = (ulong)hash * 0x9E3779B97F4A7C15UL;
        return (1UL << (int)(mixed >> 58)) | (1UL << (int)((mixed >> 52) & 63)) | (1UL << (int)((mixed >> 46) & 63));
    }

    /// <summary>False when the word is surely not in the table (no filter: always true).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHold(uint hash)
    {
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
    public int Capacity => starts.Length - 1;

    /// <summary>The index of <paramref name="word"/> (exact, ordinal), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word) => IndexOf(word, Hash(word));

    /// <summary>The index of <paramref name="word"/> whose <see cref="Hash"/> is known (a token's, computed once per review).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> word, uint hash) => MayHold(hash) ? Find(word, hash, out _) : -1;

    private int Find(ReadOnlySpan<char> word, uint hash, out int emptySlot)
    {
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                emptySlot = i;
                return -1;
            }

            if ((uint)(slot >> 32) == hash)
            {
                var index = (int)(uint)slot - 1;
                if (word.SequenceEqual(Word(index)))
                {
                    emptySlot = -1;
                    return index;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Word(int index) => chars.AsSpan(starts[index], starts[index + 1] - starts[index]);

    /// <summary>FNV-1a over the characters, then mixed so that the low bits (the slot) depend on every character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> word)
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
        public WordTable Build(out int[] firstIndex) => new(chars, starts[..(words + 1)], words, out firstIndex);
    }
}

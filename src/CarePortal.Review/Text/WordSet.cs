namespace CarePortal.Review.Text;

/// <summary>A set of words looked up by span, so that no string is made per lookup.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, StringComparer? comparer = null)
    {
        this.words = new HashSet<string>(words, comparer ?? StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}

/// <summary>A dictionary keyed by words, looked up by span.</summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(Dictionary<string, T> map)
    {
        this.map = map;
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);

    public bool ContainsKey(ReadOnlySpan<char> word) => lookup.ContainsKey(word);
}

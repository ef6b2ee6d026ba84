namespace CarePortal.Review.Text;

/// <summary>A set of words looked up by span, so that no string is made per lookup.</summary>
internal sealed class WordSet
{
    private readonly WordTable table;

    public WordSet(IEnumerable<string> words)
    {
        var builder = new WordTable.Builder();
        foreach (var word in words)
        {
            builder.Add(word);
        }

        table = builder.Build(out _);
    }

    private WordSet(WordTable table) => this.table = table;

    public int Count => table.Count;

    public bool Contains(ReadOnlySpan<char> word) => table.Contains(word, WordKey.Of(word));

    /// <summary>Whether the set holds <paramref name="word"/>, whose key is known (a token's).</summary>
    public bool Contains(ReadOnlySpan<char> word, WordKey key) => table.Contains(word, key);

    /// <summary>Every line of the embedded data files (not blank, not a # comment), read without a string per word.</summary>
    public static WordSet Load(params ReadOnlySpan<string> dataFiles)
    {
        var builder = new WordTable.Builder();
        foreach (var name in dataFiles)
        {
            foreach (var line in DataFiles.ReadAll(name).AsSpan().EnumerateLines())
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    builder.Add(line);
                }
            }
        }

        return new WordSet(builder.Build(out _));
    }
}

/// <summary>A dictionary keyed by words, looked up by span; a key given twice keeps its last value.</summary>
internal sealed class WordMap<T>
{
    private readonly WordTable table;
    private readonly T[] values;

    public WordMap(IEnumerable<KeyValuePair<string, T>> map)
    {
        var builder = new WordTable.Builder();
        var given = new List<T>();
        foreach (var (key, value) in map)
        {
            builder.Add(key);
            given.Add(value);
        }

        (table, values) = Build(builder, given);
    }

    private WordMap(WordTable table, T[] values) => (this.table, this.values) = (table, values);

    /// <summary>Lines "word TAB rest" of an embedded data file, the value made from the rest; no string per line.</summary>
    public static WordMap<T> Load(string dataFile, WordValue<T> value)
    {
        var builder = new WordTable.Builder();
        var given = new List<T>();
        foreach (var line in DataFiles.ReadAll(dataFile).AsSpan().EnumerateLines())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            builder.Add(tab < 0 ? line : line[..tab]);
            given.Add(value(tab < 0 ? [] : line[(tab + 1)..]));
        }

        var (table, values) = Build(builder, given);
        return new WordMap<T>(table, values);
    }

    private static (WordTable, T[]) Build(WordTable.Builder builder, List<T> given)
    {
        var table = builder.Build(out var firstIndex);
        var values = new T[table.Capacity];
        for (var i = 0; i < firstIndex.Length; i++)
        {
            values[firstIndex[i]] = given[i];
        }

        return (table, values);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        var index = table.IndexOf(word);
        value = index >= 0 ? values[index] : default!;
        return index >= 0;
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => table.Contains(word, WordKey.Of(word));

    /// <summary>A lookup of <paramref name="word"/>, whose key is known (a token's).</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, WordKey key, out T value)
    {
        var index = table.IndexOf(word, key);
        value = index >= 0 ? values[index] : default!;
        return index >= 0;
    }

    public bool ContainsKey(ReadOnlySpan<char> word, WordKey key) => table.Contains(word, key);

    /// <summary>False when the map surely has no such key (its filter), without reading the table.</summary>
    public bool MayContain(WordKey key) => table.MayHold(key.Hash);
}

/// <summary>The value of a data line from the text after its word.</summary>
internal delegate T WordValue<out T>(ReadOnlySpan<char> rest);

using CarePortal.Review.Text;
using Xunit;

namespace CarePortal.Review.Tests.Text;

public sealed class WordTableTests
{
    [Theory]
    [InlineData(12)]
    [InlineData(40_000)] // large enough for the filter that answers most misses without reading the table
    public void A_table_finds_every_word_it_holds_and_no_other(int count)
    {
        // Letters only (a short one is packed whole), and with digits, long or curly-quoted (kept as characters).
        var words = Enumerable.Range(0, count).Select(i => (i % 4) switch
        {
            0 => Letters(i),
            1 => $"w{i}",
            2 => Letters(i) + "abcdefghijklm",
            _ => Letters(i) + "\u2019s",
        }).ToList();
        var builder = new WordTable.Builder();
        foreach (var word in words)
        {
            builder.Add(word);
        }

        builder.Add(words[0]); // a word added twice keeps its first index
        var table = builder.Build(out var firstIndex);

        Assert.Equal(count, table.Count);
        Assert.Equal(0, firstIndex[^1]);
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(i, table.IndexOf(words[i])));
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(-1, table.IndexOf(words[i] + "-")));
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(-1, table.IndexOf(words[i].ToUpperInvariant())));
        Assert.Equal(-1, table.IndexOf(""));
        Assert.Equal(-1, table.IndexOf("w"));
    }

    [Fact]
    public void Words_that_differ_only_in_a_character_outside_the_packed_letters_are_told_apart()
    {
        var builder = new WordTable.Builder();
        string[] words = ["don't", "don\u2019t", "don`t", "don`", "dont", "a-b", "a.b", "a&b", "a b", "Dont", "abcdefghijkl", "abcdefghijklm"];
        foreach (var word in words)
        {
            builder.Add(word);
        }

        var table = builder.Build(out _);

        Assert.Equal(words.Length, table.Count);
        Assert.All(Enumerable.Range(0, words.Length), i => Assert.Equal(i, table.IndexOf(words[i])));
        Assert.Equal(-1, table.IndexOf("don"));
    }

    /// <summary>A distinct word of letters for each number: its digits in base 26.</summary>
    private static string Letters(int i)
    {
        var letters = "";
        do
        {
            letters += (char)('a' + (i % 26));
            i /= 26;
        }
        while (i > 0);

        return letters;
    }

    [Fact]
    public void The_english_list_knows_its_words_and_not_their_misspellings()
    {
        var english = Lexicon.Shared.English;
        Assert.True(english.Count > 200_000);
        Assert.All(["really", "recieve", "tomorrow", "clothing", "grandchildren"], w => Assert.Equal(w != "recieve", english.Contains(w)));
    }
}

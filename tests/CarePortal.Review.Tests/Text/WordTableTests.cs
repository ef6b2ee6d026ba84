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
        var words = Enumerable.Range(0, count).Select(i => $"w{i:x}").ToList();
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
        Assert.All(Enumerable.Range(0, count), i => Assert.Equal(-1, table.IndexOf($"x{i:x}")));
        Assert.Equal(-1, table.IndexOf(""));
        Assert.Equal(-1, table.IndexOf("w"));
    }

    [Fact]
    public void The_english_list_knows_its_words_and_not_their_misspellings()
    {
        var english = Lexicon.Shared.English;
        Assert.True(english.Count > 200_000);
        Assert.All(["really", "recieve", "tomorrow", "clothing", "grandchildren"], w => Assert.Equal(w != "recieve", english.Contains(w)));
    }
}

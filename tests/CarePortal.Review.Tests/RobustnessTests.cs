using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace CarePortal.Review.Tests;

public sealed class RobustnessTests
{
    private static readonly Dictionary<string, Func<string>> Inputs = new()
    {
        ["empty"] = () => string.Empty,
        ["whitespace only"] = () => " \t\r\n\u00A0\u2003 \n\n",
        ["100 KB of realistic text"] = RealisticText,
        ["100 KB of random bytes as Latin-1"] = () => Encoding.Latin1.GetString(RandomBytes(100_000)),
        ["100 KB of random bytes as UTF-8"] = () => Encoding.UTF8.GetString(RandomBytes(100_000)),
        ["100 KB of random UTF-16 code units"] = () => new string(MemoryMarshal.Cast<byte, char>(RandomBytes(100_000))),
        ["control characters"] = () => "Mom\u0000 needs\u0001 food\u0007\u001B[31m for\u0008 her kids.\u007F Call\u0085 555-0134.\u000C",
        ["bidi overrides"] = () => "Mom \u202Eairam\u202C needs food. Call \u202E4310-555-516\u202C or \u2067Maria\u2069. \u200F\u200E\u2066x\u2069",
        ["emoji and surrogate pairs"] = () => "Mom 👩‍👧‍👦 needs 🍎🥛 for Maria 💕. Call 📞 615-555-0134 𝓜𝓪𝓻𝓲𝓪 𠜎𠜱 🇺🇸. She works hard 💪🏽.",
        ["a lone surrogate"] = () => "Mom needs food \uD83D for the kids \uDC4D and Maria\uD800. Call 615-555-0134\uDFFF",
        ["10,000 dots"] = () => new string('.', 10_000),
        ["10,000 exclamation marks"] = () => new string('!', 10_000),
        ["10,000 hyphens"] = () => new string('-', 10_000),
        ["10,000 at signs"] = () => new string('@', 10_000),
        ["10,000 dollar signs"] = () => new string('$', 10_000),
        ["10,000 hashes"] = () => new string('#', 10_000),
        ["10,000 digits"] = () => string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)('0' + (i * 7 % 10)))),
        ["10,000 spaced digits"] = () => string.Join(' ', Enumerable.Range(0, 5_000).Select(i => (char)('0' + (i % 10)))),
        ["a 50,000-character word"] = () => string.Concat(Enumerable.Repeat("abcdefghij", 5_000)),
        ["a 50,000-character capitalised word"] = () => "Mom " + string.Concat(Enumerable.Repeat("ABCDEFGHIJ", 5_000)) + " works hard.",
        ["10,000 repeated names"] = () => string.Concat(Enumerable.Repeat("Maria ", 10_000)),
        ["10,000 repeated jargon words"] = () => string.Concat(Enumerable.Repeat("TTV kinship ", 5_000)),
        ["a long address-like run"] = () => string.Concat(Enumerable.Repeat("1420 Maple Ridge Drive ", 3_000)),
        ["a long phone-like run"] = () => string.Concat(Enumerable.Repeat("615-555-0134 ", 5_000)),
    };

    public static TheoryData<string> InputNames => new(Inputs.Keys);

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Odd_input_returns_findings_inside_the_text(string input)
    {
        var text = Inputs[input]();

        foreach (var need in Reviewer.Default.Needs)
        {
            ReviewInvariants.Check(text, Reviewer.Default.Review(text, need));
        }
    }

    [Theory]
    [MemberData(nameof(InputNames))]
    public void Odd_input_can_be_fixed(string input)
    {
        var text = Inputs[input]();

        var fix = Reviewer.Default.Fix(text, "food");

        ReviewInvariants.CheckFix(text, fix);
    }

    [Fact]
    public void Empty_text_has_no_findings_and_is_ready()
    {
        var result = Reviewer.Default.Review(string.Empty, "food");

        Assert.Empty(result.Findings);
        Assert.Equal(Verdict.Ready, result.Verdict);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20240611).NextBytes(bytes);
        return bytes;
    }

    private static string RealisticText()
    {
        var texts = CorpusScorer.Load("dev.jsonl").Select(c => c.Text).ToList();
        var builder = new StringBuilder(100_000);
        for (var i = 0; builder.Length < 100_000; i++)
        {
            builder.Append(texts[i % texts.Count]).Append(i % 3 == 0 ? "\n\n" : " ");
        }

        return builder.ToString(0, 100_000);
    }
}

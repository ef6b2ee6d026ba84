using CsCheck;
using Xunit;

namespace CarePortal.Review.Tests;

public sealed class PropertyTests
{
    private static readonly Gen<string> Need = Gen.OneOf(Reviewer.Default.Needs.Order(StringComparer.Ordinal).ToArray());

    /// <summary>Any UTF-16 code units, lone surrogates and control characters included.</summary>
    private static readonly Gen<string> AnyText = Gen.Int[0, 0xFFFF].Select(i => (char)i).Array[0, 300].Select(chars => new string(chars));

    /// <summary>Words a description is made of, with the things the rules look for and the things that trip tokenizers.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf<string>(
        Gen.OneOf(CorpusWords()),
        Gen.OneOf("Maria", "José", "Nguyen", "Oluwaseun", "Siobhan", "Priya", "O'Brien", "Gutierrez-Lopez", "Grace", "Mom", "Dad", "DCS", "TTV", "FSW", "kinship"),
        Gen.OneOf("615-555-0134", "(615) 555-0134", "555-0134", "123-45-6789", "37064", "$486.19", "$1,250", "3T", "10/12", "2023-JV-04512", "a@b.co", "@mom_22", "Apt 3B", "#4"),
        Gen.Int[0, 99_999].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf(".", ",", "!", "?", "-", "--", "'", "\"", "(", ")", "$", "#", "@", "/", ":", ";", "...", "&"),
        Gen.OneOf("é", "ß", "ñ", "中文", "👩‍👧", "💪🏽", "\u202E", "\u200B", "\uD83D", "\uDC4D", "\u0000", "\t", "\r\n", "\u00A0"));

    private static readonly Gen<string> Separator = Gen.OneOf(" ", " ", " ", "", ", ", ". ", "\n", "-", "  ");

    private static readonly Gen<string> MixedText = Gen.Select(Piece, Separator, (p, s) => p + s).Array[0, 80].Select(string.Concat);

    [Fact]
    public void Review_of_any_characters_keeps_every_span_inside_the_text() =>
        Gen.Select(AnyText, Need).Sample((text, need) => ReviewInvariants.Check(text, Reviewer.Default.Review(text, need)), iter: 2_000);

    [Fact]
    public void Review_of_description_like_text_keeps_every_span_inside_the_text() =>
        Gen.Select(MixedText, Need).Sample((text, need) => ReviewInvariants.Check(text, Reviewer.Default.Review(text, need)), iter: 3_000);

    [Fact]
    public void Fix_of_any_characters_never_throws() =>
        Gen.Select(AnyText, Need).Sample((text, need) => ReviewInvariants.CheckFix(text, Reviewer.Default.Fix(text, need)), iter: 1_000);

    [Fact]
    public void Fix_never_leaves_confidential_text_it_replaced() =>
        Gen.Select(MixedText, Need).Sample((text, need) => ReviewInvariants.CheckFix(text, Reviewer.Default.Fix(text, need)), iter: 3_000);

    /// <summary>
    /// CsCheck seed bf3HEc6vQw_1: taking out "Apt 3B. 37064, 38842" joined "(615) 555-0134" and "615-555-0134" (both kept:
    /// 555-01xx numbers are fictional), and the join reads "…4 615-555-0134", the text of an ID removed elsewhere ("#4#4
    /// 615-555-0134"). No character of it was confidential, so it is no leak.
    /// </summary>
    [Fact]
    public void Fix_that_joins_kept_text_into_a_removed_ids_text_reveals_nothing() =>
        Gen.Select(MixedText, Need).Sample((text, need) => ReviewInvariants.CheckFix(text, Reviewer.Default.Fix(text, need)), seed: "bf3HEc6vQw_1", iter: 1);

    /// <summary>
    /// CsCheck seed eumcOg6Pw_T1 (found in a 90 s run): "Grace Oluwaseun" replaced by "Mom" in one place, and written
    /// "Grace  Oluwaseun" (two spaces) on another line, found there too but with no fix offered. The fixed text is tidied,
    /// so that line reads "Grace Oluwaseun": left as it was, still a finding of the review, not a fix's leak.
    /// </summary>
    [Fact]
    public void Fix_that_tidies_the_spaces_of_a_name_it_did_not_touch_reveals_nothing() =>
        Gen.Select(MixedText, Need).Sample((text, need) => ReviewInvariants.CheckFix(text, Reviewer.Default.Fix(text, need)), seed: "eumcOg6Pw_T1", iter: 1);

    [Fact]
    public void The_fix_invariant_still_fails_when_confidential_text_is_left_in_place()
    {
        const string text = "Her SSN is 123-45-6789. She is doing well.";
        // A fix that took out the wrong words ("Her ") and kept the SSN it says it removed.
        var wrong = new Finding("confidential-id", Severity.Blocker, new TextSpan(11, 11), "123-45-6789", "An ID.", "") { FixSpan = new TextSpan(0, 4) };
        var fix = new FixResult(Reviewer.Tidy(text[4..]), [wrong]);

        var failure = Assert.ThrowsAny<Exception>(() => ReviewInvariants.CheckFix(text, fix));
        Assert.Contains("Fix left the confidential-id \"123-45-6789\"", failure.Message, StringComparison.Ordinal);
    }

    private static string[] CorpusWords() =>
        CorpusScorer.Load("dev.jsonl")
            .SelectMany(c => c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}

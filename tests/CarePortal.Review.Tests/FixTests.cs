using Xunit;

namespace CarePortal.Review.Tests;

/// <summary>One-click fixes read well: role words for names, no bracketed placeholder, private details taken out whole.</summary>
public sealed class FixTests
{
    [Theory]
    [InlineData("Her son Mateo is 7 and needs a twin bed. Mom works hard.", "bed", "Her son is 7 and needs a twin bed. Mom works hard.")]
    [InlineData("Mateo is 7 and needs a twin bed. Mom works hard.", "bed", "The child is 7 and needs a twin bed. Mom works hard.")]
    [InlineData("Ms. Nguyen works nights and needs a crib. She works hard.", "baby-items", "Mom works nights and needs a crib. She works hard.")]
    [InlineData("The Kowalski family needs groceries. Mom is a hard worker.", "food", "The family needs groceries. Mom is a hard worker.")]
    public void A_name_becomes_the_role_the_text_gives(string text, string need, string expected) =>
        Assert.Equal(expected, Reviewer.Default.Fix(text, need).Text);

    [Fact]
    public void A_name_with_no_role_in_the_text_is_explained_and_left_for_the_caseworker()
    {
        const string Text = "Need a refrigerator for Jamal Whitfield. The family works hard.";

        var name = Reviewer.Default.Review(Text, "appliance").Findings.First(f => f.Rule == "confidential-name");

        Assert.Null(name.Replacement);
        Assert.Contains("say who this is", name.Message, StringComparison.Ordinal);
        Assert.Equal(Text, Reviewer.Default.Fix(Text, "appliance").Text);
    }

    [Fact]
    public void A_sentence_with_contact_details_is_taken_out_and_offered_for_the_private_details()
    {
        var fix = Reviewer.Default.Fix("Mom works hard. Text her at 615-555-0134 after five. She needs a crib.", "baby-items");

        Assert.Equal("Mom works hard. She needs a crib.", fix.Text);
        Assert.Equal(["Text her at 615-555-0134 after five."], fix.MovedToPrivate);
    }

    [Fact]
    public void An_id_set_off_by_commas_is_taken_out_without_its_sentence()
    {
        var fix = Reviewer.Default.Fix("The family, case number 2023-JV-04512, needs a fridge. Mom works hard.", "appliance");

        Assert.Equal("The family needs a fridge. Mom works hard.", fix.Text);
        Assert.Single(fix.MovedToPrivate);
        Assert.Contains("2023-JV-04512", fix.MovedToPrivate[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mateo's TTV is next week. Call Grandma at 615-555-0134 or mom.smith22@gmail.com. Her son Jayden, SSN 123-45-6789, needs a bed.", "bed")]
    [InlineData("The Nguyens live at 1420 Maple Ridge Drive, Apt 3. Mom is on her TTV.", "furniture")]
    public void No_bracketed_placeholder_ever_reaches_a_church(string text, string need)
    {
        var review = Reviewer.Default.Review(text, need);
        var fix = Reviewer.Default.Fix(text, need);

        Assert.DoesNotContain(review.Findings, f => f.Replacement is not null && (f.Replacement.Contains('[', StringComparison.Ordinal) || f.Replacement.Contains(']', StringComparison.Ordinal)));
        Assert.DoesNotContain("[", fix.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fix_that_would_add_a_finding_is_not_offered()
    {
        // "teh" -> "the" would leave "the the": the spelling finding explains instead of offering it.
        var spelling = Reviewer.Default.Review("Mom works hard and needs the teh crib for her baby.", "baby-items").Findings.Single(f => f.Rule == "spelling");

        Assert.Null(spelling.Replacement);
        Assert.Contains("No one-click fix", spelling.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("realy", "really")]
    [InlineData("recieved", "received")]
    [InlineData("tomorow", "tomorrow")]
    public void Spelling_suggestions_are_the_likely_word(string typed, string meant)
    {
        var text = $"Mom works hard and {typed} needs a crib.";

        Assert.Equal(meant, Reviewer.Default.Review(text, "baby-items").Findings.Single(f => f.Rule == "spelling").Replacement);
    }

    [Fact]
    public void Fixing_every_offered_fix_adds_no_finding()
    {
        foreach (var c in CorpusScorer.Load("dev.jsonl").Concat(CorpusScorer.Load("real.jsonl")).Concat(CorpusScorer.Load("real-third.jsonl")))
        {
            var before = Reviewer.Default.Review(c.Text, c.Need).Findings.Where(f => f.Span.Length > 0).ToList();
            var fix = Reviewer.Default.Fix(c.Text, c.Need);
            var after = Reviewer.Default.Review(fix.Text, c.Need).Findings.Where(f => f.Span.Length > 0).ToList();

            Assert.DoesNotContain(fix.Applied, f => f.Replacement!.Contains('[', StringComparison.Ordinal));
            foreach (var rule in after.Select(f => f.Rule).Distinct())
            {
                Assert.True(after.Count(f => f.Rule == rule) <= before.Count(f => f.Rule == rule), $"{c.Id}: fixing added a {rule} finding: {fix.Text}");
            }
        }
    }
}

using Xunit;

namespace CarePortal.Review.Tests;

public sealed class ReviewerTests
{
    private const string Strong = " Mom works hard and would love to meet the partners who help.";

    [Fact]
    public void A_clean_description_is_ready()
    {
        var result = Reviewer.Default.Review("The family needs groceries while Dad recovers from surgery." + Strong, "food");

        Assert.Equal(Verdict.Ready, result.Verdict);
        Assert.Equal(Approver.None, result.Approver);
        Assert.Empty(result.Findings);
        Assert.False(result.HasBlockers);
    }

    [Fact]
    public void A_name_blocks_submission_until_it_is_changed()
    {
        var result = Reviewer.Default.Review("Maria needs groceries for her kids." + Strong, "food");

        Assert.Equal(Verdict.NeedsChanges, result.Verdict);
        Assert.True(result.HasBlockers);
    }

    [Fact]
    public void A_gas_card_alone_needs_the_supervisors_approval()
    {
        var result = Reviewer.Default.Review("A gas card would help Dad get to his new job." + Strong, "transportation");

        Assert.Equal(Verdict.NeedsApproval, result.Verdict);
        Assert.Equal(Approver.Supervisor, result.Approver);
        Assert.Equal("gas-card", Assert.Single(result.Findings).Rule);
    }

    [Fact]
    public void A_gift_card_alone_needs_the_regional_managers_approval()
    {
        var result = Reviewer.Default.Review("A Kroger gift card would help the family buy groceries." + Strong, "food");

        Assert.Equal(Verdict.NeedsApproval, result.Verdict);
        Assert.Equal(Approver.RegionalManager, result.Approver);
    }

    [Fact]
    public void A_gift_card_and_a_gas_card_need_the_higher_approver()
    {
        var result = Reviewer.Default.Review("A gas card and a Walmart gift card would help Dad." + Strong, "transportation");

        Assert.Equal(Verdict.NeedsApproval, result.Verdict);
        Assert.Equal(Approver.RegionalManager, result.Approver);
    }

    [Fact]
    public void A_gas_card_with_jargon_needs_changes_and_still_names_the_approver()
    {
        var result = Reviewer.Default.Review("A gas card would help Dad get to the CFTM." + Strong, "transportation");

        Assert.Equal(Verdict.NeedsChanges, result.Verdict);
        Assert.Equal(Approver.Supervisor, result.Approver);
    }

    [Fact]
    public void An_unknown_need_is_refused_with_the_list_of_needs()
    {
        var error = Assert.Throws<ArgumentException>(() => Reviewer.Default.Review("The family needs a boat.", "yacht"));

        Assert.Contains("yacht", error.Message, StringComparison.Ordinal);
        Assert.All(["clothing", "rent", "utilities", "baby-items", "other"], need => Assert.Contains(need, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_refused()
    {
        var reviewer = new Reviewer(new ReviewerOptions { MaxTextLength = 50 });

        var error = Assert.Throws<ArgumentException>(() => reviewer.Review(new string('a', 51), "food"));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.NotNull(reviewer.Review(new string('a', 50), "food"));
    }

    [Fact]
    public void Fix_replaces_jargon_and_confidential_data_and_leaves_the_rest()
    {
        const string Text = "Maria is 7 and her mom is on her TTV. Call Mom at 615-555-0134. Mom works hard and would love to meet the partners.";

        var fixedText = Reviewer.Default.Fix(Text, "food");

        Assert.Equal("The child is 7 and her mom is back home with her children. Mom works hard and would love to meet the partners.", fixedText.Text);
        Assert.Equal(["confidential-name", "jargon", "confidential-contact"], fixedText.Applied.Select(f => f.Rule));
        Assert.Equal(["Maria", "on her TTV", "615-555-0134"], fixedText.Applied.Select(f => f.Text));
        Assert.Equal(["Call Mom at 615-555-0134."], fixedText.MovedToPrivate);
    }

    [Fact]
    public void Fix_leaves_findings_that_need_a_person_to_decide()
    {
        const string Text = "Mom is lazy but a Walmart gift card would help. She loves her kids and would love to meet the partners.";

        var fixedText = Reviewer.Default.Fix(Text, "food");

        Assert.Equal(Text, fixedText.Text);
        Assert.Empty(fixedText.Applied);
        Assert.Contains(Reviewer.Default.Review(fixedText.Text, "food").Findings, f => f.Rule == "deficit-language");
    }

    [Fact]
    public void Fix_of_a_clean_description_changes_nothing()
    {
        const string Text = "The family needs groceries while Dad recovers from surgery." + Strong;

        var fixedText = Reviewer.Default.Fix(Text, "food");

        Assert.Equal(Text, fixedText.Text);
        Assert.Empty(fixedText.Applied);
    }

    [Fact]
    public void An_agency_glossary_adds_a_term_that_fires_with_its_replacement()
    {
        using var folder = new TempFolder();
        var path = folder.Write("agency-glossary.json", """
            {
              // Terms our region uses.
              "comment": "Agency terms",
              "terms": [
                { "term": "wraparound", "replacement": "extra support", "plain": "extra support around the family" },
              ]
            }
            """);
        var options = new ReviewerOptions();
        options.GlossaryFiles.Add(path);
        var reviewer = new Reviewer(options);
        const string Text = "The family started wraparound last month. Mom works hard and would love to meet the partners.";

        var finding = Assert.Single(reviewer.Review(Text, "food").Findings, f => f.Rule == "jargon");

        Assert.Equal("wraparound", finding.Text);
        Assert.Equal("extra support", finding.Replacement);
        Assert.Contains(reviewer.GlossaryTerms, t => t.Term == "wraparound");
        Assert.Equal("The family started extra support last month. Mom works hard and would love to meet the partners.", reviewer.Fix(Text, "food").Text);
        Assert.DoesNotContain(Reviewer.Default.Review(Text, "food").Findings, f => f.Rule == "jargon");
    }

    [Theory]
    [InlineData("{ \"terms\": [ { \"term\": \"wraparound\" ", "not a glossary file")]
    [InlineData("{ \"comment\": \"no terms\" }", "needs a \"terms\" list")]
    [InlineData("{ \"terms\": [ { \"term\": \"wraparound\", \"replacement\": \"\" } ] }", "needs \"term\", \"replacement\" and \"plain\"")]
    public void A_malformed_glossary_file_is_refused_with_a_clear_message(string json, string expected)
    {
        using var folder = new TempFolder();
        var options = new ReviewerOptions();
        options.GlossaryFiles.Add(folder.Write("broken.json", json));

        var error = Assert.Throws<ArgumentException>(() => new Reviewer(options));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_glossary_file_is_refused_with_its_path()
    {
        var options = new ReviewerOptions();
        var path = Path.Combine(Path.GetTempPath(), $"careportal-{Guid.NewGuid():N}", "missing.json");
        options.GlossaryFiles.Add(path);

        var error = Assert.Throws<ArgumentException>(() => new Reviewer(options));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_in_the_catalog_has_a_stable_id_and_an_explanation()
    {
        Assert.Equal(16, Reviewer.Rules.Count);
        Assert.Equal(Reviewer.Rules.Count, Reviewer.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(Reviewer.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Why)));
        Assert.All(CorpusScorer.SpanRules.Concat(CorpusScorer.DocumentRules), id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string path = Directory.CreateTempSubdirectory("careportal-tests-").FullName;

        public string Write(string name, string content)
        {
            var file = Path.Combine(path, name);
            File.WriteAllText(file, content);
            return file;
        }

        public void Dispose() => Directory.Delete(path, recursive: true);
    }
}

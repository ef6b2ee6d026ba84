using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class DetailsMissingRuleTests
{
    private const string Rule = "details-missing";

    [Theory]
    [InlineData("clothing", "Mom needs winter coats and jeans for her son and daughter. She works hard.", "clothing sizes")]
    [InlineData("clothing", "Mom needs shoes for her son, who wears a boys size 2 in shirts. She works hard.", "shoe size")]
    [InlineData("bed", "The children need beds. Mom works hard.", "bed size")]
    [InlineData("baby-items", "The baby needs diapers. Mom works hard.", "diaper size")]
    public void A_request_without_the_detail_a_partner_needs_says_what_is_missing(string need, string text, string missing) =>
        Assert.Contains(RuleAssert.FiresOnDocument(Rule, need, text), f => f.Message.Contains(missing, StringComparison.Ordinal));

    [Theory]
    [InlineData("clothing", "Her son needs sneakers in a size 4 and jeans in boys size 8. She works hard.")]
    [InlineData("bed", "The two boys need twin beds. Mom works hard.")]
    [InlineData("baby-items", "The baby needs size 3 diapers. Mom works hard.")]
    [InlineData("food", "The family needs groceries. Mom works hard.")]
    public void A_request_with_its_sizes_and_counts_is_complete(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("other", "Mom works hard.\n\nCritical items: Pots and pans, children\u2019s clothing, pull-up diapers, size 5; three king-size blankets", "clothing sizes")]
    [InlineData("utilities", "Mom works hard, and they are hoping for some help with utility bills and also for some clothes for their daughters.", "clothing sizes")]
    [InlineData("rent", "Mom works hard. She needs a bed for herself and help with rent.", "bed size")]
    public void A_size_must_belong_to_the_item_and_an_ask_earlier_in_the_sentence_counts(string need, string text, string missing) =>
        Assert.Contains(RuleAssert.FiresOnDocument(Rule, need, text), f => f.Message.Contains(missing, StringComparison.Ordinal));

    [Theory]
    [InlineData("other", "Mom works hard.\n\nCritical items: children\u2019s clothing (sizes 6 and 8), pull-up diapers, size 5; a king-size blanket")]
    [InlineData("rent", "Mom works hard. She needs a twin bed for her son and help with rent.")]
    public void Sizes_given_for_the_item_complete_it(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Fact]
    public void Sizes_and_genders_given_beside_the_description_count_as_given()
    {
        const string Text = "The family needs winter coats and jeans for the children. Mom works hard.";
        ReviewResult Review(IReadOnlyList<string>? given) => Reviewer.Default.Review(new ReviewRequest(Text, "clothing") { Given = given });

        var alone = Review(null).Findings.Where(f => f.Rule == Rule).Select(f => f.Message).ToList();
        var withRows = Review(["boy, 8 years old, size 8", "girl, 5 years old, size 5t"]).Findings.Where(f => f.Rule == Rule).ToList();

        Assert.Contains(alone, m => m.Contains("clothing sizes", StringComparison.Ordinal));
        Assert.Contains(alone, m => m.Contains("gender", StringComparison.Ordinal));
        Assert.Empty(withRows);
        Assert.Equal(Review(null).Findings.Where(f => f.Rule != Rule), Review(["boy, 8 years old, size 8"]).Findings.Where(f => f.Rule != Rule));
    }

    [Fact]
    public void Every_mention_of_an_item_is_read_not_only_the_first() =>
        RuleAssert.FiresOnDocument(Rule, "other", "The twins would like a doll with clothing. The children need clothes, including coats. Mom works hard.");

    [Theory]
    [InlineData("other", "This small family needs clothing for the boys. Mom works hard.")]
    [InlineData("bed", "The 6-year-old needs a bed. His mother began a full-time job.")]
    public void A_word_that_is_a_size_only_beside_an_item_is_not_a_size(string need, string text) =>
        RuleAssert.FiresOnDocument(Rule, need, text);

    [Theory]
    [InlineData("other", "Her bills leave little for medical needs, clothing and food. Mom works hard.")]
    [InlineData("other", "She asked for dress-up clothes and a doll. Mom works hard.")]
    public void Clothes_not_asked_for_or_for_a_toy_need_no_size(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);
}

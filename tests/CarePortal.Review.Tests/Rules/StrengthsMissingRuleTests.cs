using Xunit;

namespace CarePortal.Review.Tests.Rules;

public sealed class StrengthsMissingRuleTests
{
    private const string Rule = "strengths-missing";

    [Theory]
    [InlineData("food", "The family needs groceries.")]
    [InlineData("food", "The family needs groceries. They have been through a hard year.")]
    [InlineData("food", "The family needs groceries. Mom is not working.")]
    [InlineData("food", "The family needs groceries. This would be a great help.")]
    public void A_description_with_nothing_positive_about_the_family_is_flagged(string need, string text) =>
        Assert.Single(RuleAssert.FiresOnDocument(Rule, need, text));

    [Theory]
    [InlineData("food", "The family needs groceries. Mom has a steady job.")]
    [InlineData("food", "The family needs groceries. Mom has made great progress.")]
    [InlineData("food", "The family needs groceries. Mom is a loving, devoted parent.")]
    [InlineData("food", "The family needs groceries. The kids are honor roll students.")]
    [InlineData("food", "The family needs groceries. Mom works hard.")]
    [InlineData("food", "The family needs groceries. Mom is doing her best and the kids are thriving.")]
    public void A_strength_effort_or_progress_satisfies_the_rule(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("other", "FAMILY #2\n12-MONTH-OLD MALE\nSize: 12 mos.\nLikes: Push-along toys, learning toys")]
    [InlineData("other", "FAMILY #8\n10-YEAR-OLD FEMALE\nSize: 16/18\nLikes: crafts, Bath & Body Works products")]
    [InlineData("other", "A single father raising three young children on his own was evicted and needs storage paid.")]
    public void Items_brands_and_merely_raising_children_are_not_strengths(string need, string text) =>
        Assert.Single(RuleAssert.FiresOnDocument(Rule, need, text));

    [Theory]
    [InlineData("food", "The family needs groceries. Grandma is raising three grandchildren.")]
    [InlineData("food", "The family needs groceries. The referrer says the mother is doing her very best in trying circumstances.")]
    [InlineData("food", "The family needs groceries. She is not giving up and decided to return to school.")]
    [InlineData("food", "The family lost its home in a fire, now has a home and is rebuilding. They need groceries.")]
    public void Raising_relatives_children_and_effort_in_other_words_are_strengths(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("rent", "After six months in the shelter, she was able to find a place to live.")]
    [InlineData("other", "Albert is making an effort to clear his home.")]
    public void What_the_family_achieved_or_tries_is_a_strength(string need, string text) =>
        RuleAssert.DoesNotFire(Rule, need, text);

    [Theory]
    [InlineData("utilities", "Her electric bill is overdue. Through our donors we were able to pay it.")]
    [InlineData("rent", "The family is behind on rent. Our church was able to put them up at a motel.")]
    public void What_a_helper_was_able_to_do_is_not_the_family_s_strength(string need, string text) =>
        RuleAssert.FiresOnDocument(Rule, need, text);
}

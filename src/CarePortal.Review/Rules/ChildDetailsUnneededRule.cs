using System.Buffers;
using System.Text.RegularExpressions;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>Children's ages, sizes or gender in a request whose need is not age-appropriate (rent, food, furniture …).</summary>
internal sealed partial class ChildDetailsUnneededRule : IRule
{
    private const string Count = @"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)";
    private const string ChildNouns = "sons?|daughters?|nephews?|nieces?|boys?|girls?|kids?|children|child|grandsons?|granddaughters?|grandchildren|grandkids?|toddlers?|babies|baby|infants?|teens?|teenagers?|brothers?|sisters?|siblings|twins";

    // Written anchored (\G) and tried only at the words in FirstWords (see WordStartScan), in four expressions whose branches
    // follow each other: as one, its matching code was too long for the compiler to optimise (measured: 13,000 instructions
    // a try where nothing can match, against a few hundred for the four).
    [GeneratedRegex(@"\G(?:\b" + Count + @"( ?½)?[- ](year|yr|month|week)s?[- ]olds?( (" + ChildNouns + @"))?\b"
        + @"|\b(" + Count + @" (" + ChildNouns + @"),? )?(ages?|aged) \d{1,2}((, ?|,? and |,? & )\d{1,2}){0,8}\b"
        + @"|\b\d{1,2} (years?|months?) old\b"
        + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex AgeCountsAnchored { get; }

    [GeneratedRegex(@"\G(?:\b(" + ChildNouns + @"), \d{1,2}((, ?|,? and |,? & )\d{1,2}){0,8}(?=[,.;:)]|$| and )" // "two grandchildren, 12 and 10"
        + @"|\b(" + ChildNouns + @"|they) (are|were) \d{1,2}((, ?|,? and |,? & )\d{1,2}){1,8}(?=[,.;:)]|$)" // "The children are 15 and 11", "They are 8, 12, and 14."
        + @"|\b(ranging |ranges? )?(in )?(ages?|aged) (from )?\d{1,2}( (years?|months?))? (to|through|-) \d{1,2}( (years?|months?))?\b" // "ranging in age from 5 to 15"
        + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex AgeOfChildrenAnchored { get; }

    [GeneratedRegex(@"\G(?:\b(between )?the ages of " + Count + @" (and|to) " + Count + @"\b|\bunder the age of " + Count + @"\b"
        + @"|\b(sizes?|wears a) \d{1,2}(t|/\d{1,2})?\b|\b\d{1,2}t\b"
        + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex AgeRangesAnchored { get; }

    [GeneratedRegex(@"\G(?:\b(" + Count + @" )?(teenage|teen|toddler|infant|newborn|preteen|adolescent) (sons?|daughters?|boys?|girls?|twins|children|grandchildren|kids|grandsons?|granddaughters?)\b"
        + @"|\b" + Count + @" (teens|teenagers)\b" // "two teens"
        + @"|\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]) ((little|young|younger|older|small|beautiful|wonderful|precious|sweet|lovely|amazing) ){0,2}(sons|daughters|boys|girls|grandsons|granddaughters)\b" // "two sons", "4 wonderful little girls": their gender (FORMAT.md); "her son" names a person
        + @"|\b(a|one) (son|daughter) and (a|one) (son|daughter)\b"
        + @"|\b(an? )?(infant|toddler|newborn|teenager|preteen)( (son|daughter|boy|girl))?\b"
        + @"|\b(a|one) (baby |little )?(boy|girl) and (a|one) (baby |little )?(boy|girl)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex AgeStagesAnchored { get; }

    /// <summary>The first word of every branch of the patterns (a number is tried where a word of <see cref="AfterCount"/> follows it).</summary>
    private static readonly WordSet FirstWords = new(
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "age", "ages", "aged", "son", "sons", "daughter", "daughters", "nephew", "nephews", "niece", "nieces",
        "boy", "boys", "girl", "girls", "kid", "kids", "children", "child", "grandson", "grandsons", "granddaughter", "granddaughters",
        "grandchildren", "grandkid", "grandkids", "toddler", "toddlers", "babies", "baby", "infant", "infants", "teen", "teens", "teenager",
        "teenagers", "brother", "brothers", "sister", "sisters", "siblings", "twins", "they", "ranging", "range", "ranges", "in", "between", "the",
        "under", "size", "sizes", "wears", "teenage", "newborn", "preteen", "adolescent", "a", "an",
    ]);

    private static readonly string[] ChildNounStarts =
        ["son", "daughter", "nephew", "niece", "boy", "girl", "kid", "child", "grand", "toddler", "bab", "infant", "teen", "brother", "sister", "sibling", "twin"];

    private static readonly string[] AreOrWere = ["are", "were"];

    /// <summary>What can follow a count ("7-year-old", "two sons", "3 teenagers"); a number is also followed by "t" ("4T").</summary>
    private static readonly string[] AfterCount = [.. ChildNounStarts, "year", "yr", "month", "week", "newborn", "preteen", "adolescent", "little", "young", "younger", "older", "small", "beautiful", "wonderful", "precious", "sweet", "lovely", "amazing"];

    /// <summary>
    /// What can follow the common first words in the pattern (the start of the next word): "a" only "a toddler", "a boy
    /// and a girl", "a son and a daughter"; "the" only "the ages of"; a number only an age, a unit or a child ("two sons, ages …").
    /// </summary>
    private static Dictionary<string, string[]> NextWords()
    {
        string[] afterA = ["baby", "little", "boy", "girl", "son", "daughter", "infant", "toddler", "newborn", "teenager", "preteen"];
        string[] afterCount = AfterCount;
        string[] afterStage = ["son", "daughter", "boy", "girl", "twin", "child", "grand", "kid"];
        var next = new Dictionary<string, string[]>
        {
            ["a"] = afterA, ["an"] = afterA, ["the"] = ["ages"], ["in"] = ["age"], ["ranging"] = ["in", "age"], ["range"] = ["in", "age"],
            ["ranges"] = ["in", "age"], ["between"] = ["the"], ["under"] = ["the"], ["they"] = AreOrWere, ["wears"] = ["a"],
            ["size"] = [], ["sizes"] = [], ["age"] = ["from"], ["ages"] = ["from"], ["aged"] = ["from"],
            ["teenage"] = afterStage, ["adolescent"] = afterStage, ["teen"] = [.. afterStage, .. AreOrWere],
        };
        foreach (var count in new[] { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen" })
        {
            next[count] = afterCount;
        }

        // A child alone starts only "the boys, 7 and 10" (a comma: always tried) and "the children are 15 and 11".
        foreach (var child in new[] { "son", "sons", "daughter", "daughters", "nephew", "nephews", "niece", "nieces", "boy", "boys", "girl", "girls", "kid", "kids", "children", "child", "grandson", "grandsons", "granddaughter", "granddaughters", "grandchildren", "grandkid", "grandkids", "toddlers", "babies", "baby", "infants", "teens", "teenagers", "brother", "brothers", "sister", "sisters", "siblings", "twins" })
        {
            next[child] = AreOrWere;
        }

        return next;
    }

    /// <summary>Children's ages, sizes and stages ("7-year-old", "ages 3 and 5", "size 4T", "a toddler").</summary>
    internal static WordStartScan Age { get; } = new([AgeCountsAnchored, AgeOfChildrenAnchored, AgeRangesAnchored, AgeStagesAnchored], FirstWords, NextWords(), [.. AfterCount, "t"]);

    private static readonly WordSet Adults = new(["mother", "father", "mom", "dad", "woman", "man", "parent", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "caregiver"]);

    // Every branch of the pattern contains one of these: a cheap check before the long pattern.
    private static readonly SearchValues<string> AgeHints = SearchValues.Create(["old", "age", "size", "wears a", "teen", "toddler", "infant", "newborn", "sons", "daughters", "boys", "girls", "boy and", "girl and", "son and", "daughter and",
        "children, ", "kids, ", "boys, ", "girls, ", "sons, ", "daughters, ", "nephews, ", "nieces, ", "brothers, ", "sisters, ", "son, ", "daughter, ",
        "children are ", "kids are ", "boys are ", "girls are ", "children were ", "kids were ", "they are ", "they were "], StringComparison.Ordinal);

    public RuleInfo Info => RuleCatalog.ChildDetailsUnneeded;

    /// <summary>A digit followed by "t" ("4t", "2T"): the one branch without a hint of three letters, kept out of <see cref="AgeHints"/> so that it searches by three.</summary>
    private static bool HasToddlerSize(string lower)
    {
        var rest = lower.AsSpan();
        for (var at = rest.IndexOfAnyInRange('0', '9'); at >= 0 && at + 1 < rest.Length; at = rest.IndexOfAnyInRange('0', '9'))
        {
            if (rest[at + 1] == 't')
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    public void Check(ReviewContext context, List<Finding> findings)
    {
        if (context.Need.AgeAppropriate || !(context.Mentions(AgeHints) || HasToddlerSize(context.LowerText)))
        {
            return; // clothes, toys, beds … for the children: their ages and sizes belong; or no age is mentioned
        }

        if (context.AsksForAgeItems || (context.Need.Need == "other" && !AsksForABill(context)))
        {
            // Toys or clothes asked for the children; or a need not named, and nothing asked that ages do not matter
            // for: a story, or gifts for the children.
            return;
        }

        var spans = new List<TextSpan>();
        foreach (var span in Age.Matches(context))
        {
            var first = context.TokenAt(span.Start);
            if (!context.IsAny(context.TokenAt(span.End), Adults) && !context.IsAny(first - 1, "than", "over", "about", "nearly", "almost", "around")
                && !IsAdultAge(context, span) && !IsProgramsReach(context, first))
            {
                spans.Add(span); // not "a 45-year-old mother", "more than ten years old" (the washer)
            }
        }

        // "14-year-old and 16-year-old sons" is one mention.
        foreach (var span in Spans.Merge(spans, (before, next) => Joined(context, before.End, next.Start)))
        {
            findings.Add(Info.At(context, span));
        }
    }

    private static readonly WordSet BillWords = new(DataFiles.Lines("bill-words.txt"));

    /// <summary>Words that make a sentence about a bill an ask ("needs help with the rent", "the bill is due"), not a story of hardship ("ongoing medical bills and skyrocketing rent put her in an impossible situation").</summary>
    private static readonly WordSet AskWords = new(["help", "helping", "assistance", "assist", "ask", "asks", "asking", "asked", "request", "requests", "requested", "requesting",
        "need", "needs", "needed", "toward", "towards", "appreciate", "appreciated", "donate", "donation", "donations", "catch", "afford", "priority", "priorities"]);

    private static bool AsksForABill(ReviewContext context)
    {
        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (context.IsWord(t) && BillWords.Contains(context.Lower(t)))
            {
                var (first, last) = context.SentenceOf(t);
                for (var k = first; k <= last; k++)
                {
                    if (context.IsAny(k, AskWords) || (context.Is(k, "due") && !context.Is(k + 1, "to"))) // "the electric bill is due", not "due to the layoff"
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>"the 57-year-old", "her 18-year-old son": anyone 18 or older is an adult (FORMAT.md judgement call 2).</summary>
    private static bool IsAdultAge(ReviewContext context, TextSpan span)
    {
        var years = context.LowerText.AsSpan(span.Start, span.Length);
        if (years.Contains("month", StringComparison.Ordinal) || years.Contains("week", StringComparison.Ordinal))
        {
            return false;
        }

        var youngest = int.MaxValue;
        for (var t = context.TokenAt(span.Start); t < context.Tokens.Count && context.Tokens[t].Start < span.End; t++)
        {
            if (context.Tokens[t].Kind == Text.TokenKind.Number && int.TryParse(context.Original(t), out var n))
            {
                youngest = Math.Min(youngest, n);
            }
        }

        return youngest != int.MaxValue && youngest >= 18;
    }

    /// <summary>"a program that helps families with children under the age of five": whom a program serves, not this family's children.</summary>
    private static bool IsProgramsReach(ReviewContext context, int first) =>
        context.IsAny(first - 1, "children", "kids") && context.Is(first - 2, "with") && context.IsAny(first - 3, "families", "parents", "households");

    private static bool Joined(ReviewContext context, int end, int start)
    {
        var between = context.Text.AsSpan(end, start - end).Trim();
        return between.IsEmpty || between.SequenceEqual("and") || between.SequenceEqual(",") || between.SequenceEqual(", and");
    }
}

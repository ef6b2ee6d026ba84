using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>Nothing positive about the family: no strength, effort or progress is mentioned anywhere.</summary>
internal sealed class StrengthsMissingRule : IRule
{
    // "would be a great help": praise of the help, not of the family; "in good condition": praise of a thing.
    private static readonly WordSet HelpNouns = new(["help", "helps", "blessing", "bonus", "gift", "deal", "start", "way", "need", "idea", "option", "resource", "opportunity", "fit", "thing", "things", "news", "cause", "condition", "shape"]);

    private static readonly WordSet Negations = new(["not", "no", "never", "n't", "isn't", "wasn't", "doesn't", "didn't", "hasn't", "cannot", "can't", "without", "lost", "lack", "lacks",
        "lazy", "stopped", "quit", "refuses", "refused", "unwilling", "unable", "unfit", "incapable"]); // "lazy about looking for work", "stopped trying to"

    public RuleInfo Info => RuleCatalog.StrengthsMissing;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        if (context.Tokens.Count == 0)
        {
            return;
        }

        foreach (var match in context.Lexicon.Strengths.Matches(context))
        {
            if (IsStrength(context, match))
            {
                return;
            }
        }

        findings.Add(Info.Document(context,
            $"{Info.Why} What is the family doing well? Add a strength, an effort or progress (for example \"Mom is working hard and has a steady job\")."));
    }

    /// <summary>Things asked for: "learning toys", "caring kit" name an item, not the family.</summary>
    private static readonly WordSet ItemNouns = new(["toy", "toys", "games", "game", "tablet", "tablets", "books", "book", "kit", "kits", "activities", "supplies", "products"]);

    private static readonly WordSet Helpers = new(["we", "you", "you're", "you’re", "we're", "we’re", "church", "fund", "ministry", "ministries", "agency", "program", "organization", "organisation", "center", "centre", "charity", "donors", "donor", "partner", "partners", "volunteers", "caseworker", "worker", "staff", "team", "army", "way", "society", "department", "state", "county", "city"]);

    /// <summary>Whether the words before "was able to" name a helper: "The Needy Fund", "our church", "we", "MOM".</summary>
    private static bool HelperIsSubject(ReviewContext context, int aux)
    {
        for (var t = aux - 1; t >= Math.Max(0, aux - 3) && context.IsWord(t); t--)
        {
            if (context.IsAny(t, Helpers) || (context.Original(t).Length > 1 && !context.Original(t).ContainsAnyInRange('a', 'z')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RelativesBefore(ReviewContext context, int token)
    {
        for (var t = token - 1; t >= Math.Max(0, token - 4) && context.IsWord(t); t--)
        {
            if (IsRelative(context, t))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelative(ReviewContext context, int t)
    {
        var word = context.Lower(t);
        return word.StartsWith("grand", StringComparison.Ordinal) || word.StartsWith("niece", StringComparison.Ordinal) || word.StartsWith("nephew", StringComparison.Ordinal)
            || word.StartsWith("great-grand", StringComparison.Ordinal) || context.IsAny(t, "siblings", "relatives", "cousins");
    }

    private static bool RelativesFollow(ReviewContext context, int token)
    {
        // "raising her 4-year-old granddaughter": an age may sit between the verb and the relative.
        var words = 0;
        for (var t = token + 1; t < context.Tokens.Count && t <= token + 9 && words < 3; t++)
        {
            if (!context.IsWord(t))
            {
                if (context.Tokens[t].Kind == Text.TokenKind.Number || context.IsPunct(t, '-'))
                {
                    continue;
                }

                return false;
            }

            if (IsRelative(context, t))
            {
                return true;
            }

            if (!context.IsAny(t, "year", "years", "month", "months", "old"))
            {
                words++;
            }
        }

        return false;
    }

    private static readonly WordSet ThanksForHelp = new(["the", "this", "that", "these", "your", "any", "all", "everything", "every", "a", "an", "anything", "something", "whatever", "donations"]);

    /// <summary>"grateful for my family", "thankful for her foster parents": gratitude for the people one has is a trait;
    /// "grateful to receive", "thankful this resource is available", "grateful for the help" thank the helpers (real-eleventh, real-twelfth).</summary>
    private static bool IsGratitudeForFamily(ReviewContext context, int next) =>
        context.Is(next, "for") && !context.IsAny(next + 1, HelpNouns) && !context.IsAny(next + 1, ThanksForHelp);

    private static bool IsStrength(ReviewContext context, Text.PhraseMatch<bool> match)
    {
        var first = match.FirstToken;
        if (context.IsBrandToken(first) || context.IsAny(match.LastToken + 1, ItemNouns))
        {
            return false; // "Bath & Body Works products", "learning toys"
        }

        if (context.IsAny(first - 1, Negations) || context.IsAny(first - 2, Negations) && !context.IsPunct(first - 1, ','))
        {
            // "never misses" is itself a strength phrase, so it matched from "never", not after it.
            return false;
        }

        var words = match.Phrase.Words;
        if ((words is [_, "able", "to"] || words is ["willing", "to"]) && HelperIsSubject(context, first))
        {
            return false; // "our church was able to put us up", "MOM was able to provide", "people like you that is willing to help"
        }

        if (words is ["passed"] && context.IsAny(match.LastToken + 1, "away", "on"))
        {
            return false; // "her husband passed away": a death, not a test passed
        }

        if (words is ["grateful"] or ["thankful"] && (!IsGratitudeForFamily(context, match.LastToken + 1)
            || ((context.Is(first - 2, "be") || context.Is(first - 1, "be")) && (context.IsAny(first - 3, "would", "'d", "will") || context.IsAny(first - 2, "would", "'d", "will")))))
        {
            return false; // "I would be so grateful if …", "thankful this resource is available", "grateful to receive": thanks for help, not a trait
        }

        if (words is ["came", "to", "live", "with"] && !RelativesBefore(context, first))
        {
            return false; // "four of her grandchildren came to live with her" is the grandmother's act; "we came to live with my sister" is not
        }

        if (words is ["raising"] && !RelativesFollow(context, match.LastToken))
        {
            return false; // merely raising one's children is not a strength (FORMAT.md judgement call 7); raising a grandchild is
        }

        if (words.Length == 1 && ((words[0] == "kind" && context.Is(match.LastToken + 1, "of")) || (words[0] == "love" && context.IsAny(first - 1, "would", "'d"))))
        {
            return false; // "kind of lazy", "would love a crib"
        }

        var isPraiseWord = match.Phrase.Value;
        return !isPraiseWord || !(context.IsAny(match.LastToken + 1, HelpNouns) || (context.Is(match.LastToken + 1, "working") && context.Is(match.LastToken + 2, "condition")));
    }
}

namespace CarePortal.Review.Rules;

/// <summary>Negative labels about the family, each with a strength-based way to say what is true.</summary>
internal sealed class DeficitLanguageRule : IRule
{
    // "dirty clothes" describes things, not the family.
    private static readonly string[] ThingsAfterDirty = ["clothes", "laundry", "dishes", "diapers", "water", "clothing", "sheets"];

    public RuleInfo Info => RuleCatalog.DeficitLanguage;

    /// <summary>"left an abusive relationship", "the utilities are delinquent": said of someone else or of a thing (judgement call 6).</summary>
    private static bool DescribesOthers(ReviewContext context, Text.PhraseMatch<string> match)
    {
        if (match.Phrase.Words.Length != 1 || !context.Lexicon.DeficitOthers.TryGetValue(match.Phrase.Words[0], out var nouns))
        {
            return false;
        }

        var (first, last) = context.SentenceOf(match.FirstToken);
        for (var t = first; t <= last; t++)
        {
            if (context.IsAny(t, nouns))
            {
                return true;
            }
        }

        return false;
    }

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Lexicon.DeficitLabels.FindAll(context))
        {
            if (match.Phrase.Words[0] is "dirty" or "filthy" && context.IsAny(match.LastToken + 1, ThingsAfterDirty))
            {
                continue;
            }

            if (DescribesOthers(context, match))
            {
                continue;
            }

            findings.Add(Info.At(context, match.Span, $"{Info.Why} Instead of \"{context.Slice(match.Span)}\", {match.Phrase.Value}."));
        }
    }
}

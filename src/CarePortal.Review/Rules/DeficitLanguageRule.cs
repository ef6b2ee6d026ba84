namespace CarePortal.Review.Rules;

/// <summary>Negative labels about the family, each with a strength-based way to say what is true.</summary>
internal sealed class DeficitLanguageRule : IRule
{
    // "dirty clothes" describes things, not the family.
    private static readonly string[] ThingsAfterDirty = ["clothes", "laundry", "dishes", "diapers", "water", "clothing", "sheets"];

    public RuleInfo Info => RuleCatalog.DeficitLanguage;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Lexicon.DeficitLabels.FindAll(context))
        {
            if (match.Phrase.Words[0] is "dirty" or "filthy" && context.IsAny(match.LastToken + 1, ThingsAfterDirty))
            {
                continue;
            }

            findings.Add(Info.At(context, match.Span, $"{Info.Why} Instead of \"{context.Slice(match.Span)}\", {match.Phrase.Value}."));
        }
    }
}

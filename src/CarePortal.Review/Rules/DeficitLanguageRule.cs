using CarePortal.Review.Text;
namespace CarePortal.Review.Rules;

/// <summary>Negative labels about the family, each with a strength-based way to say what is true.</summary>
internal sealed class DeficitLanguageRule : IRule
{
    // "dirty clothes" describes things, not the family.
    private static readonly WordSet ThingsAfterDirty = new(["clothes", "laundry", "dishes", "diapers", "water", "clothing", "sheets"]);

    public RuleInfo Info => RuleCatalog.DeficitLanguage;

    /// <summary>
    /// "left an abusive relationship", "the utilities are delinquent": said of someone else or of a thing (judgement call 6);
    /// "unable to care for the children due to his health problems": an illness, not a label.
    /// "was neglected by his family" (see Check) tells what someone else did to them.
    /// </summary>
    private static bool DescribesOthers(ReviewContext context, Text.PhraseMatch<string> match)
    {
        var phrase = match.Phrase.Words.Length == 1 ? match.Phrase.Words[0] : string.Join(' ', match.Phrase.Words);
        // "verbally abusive to myself and my boys", "fled from her abuser": what someone did to them, not a label on them.
        if ((phrase is "abusive" or "violent" && context.IsAny(match.LastToken + 1, "to", "toward", "towards"))
            || (phrase is "abuser" or "abusers" && context.IsAny(match.FirstToken - 1, "her", "his", "their", "my", "our")))
        {
            return true;
        }

        if (!context.Lexicon.DeficitOthers.TryGetValue(phrase, out var nouns))
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

    /// <summary>"He was neglected by his family": an act someone else did to them, not a label on them ("considered unfit by the court" is).</summary>
    private static bool IsDoneToThem(ReviewContext context, Text.PhraseMatch<string> match) =>
        match.FirstToken == match.LastToken && context.Is(match.LastToken + 1, "by") && context.Lower(match.LastToken).EndsWith("ed")
        && context.IsAny(match.FirstToken - 1, "was", "were", "been", "being", "is", "are");

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Lexicon.DeficitLabels.FindAll(context))
        {
            if (match.Phrase.Words[0] is "dirty" or "filthy" && context.IsAny(match.LastToken + 1, ThingsAfterDirty))
            {
                continue;
            }

            if (DescribesOthers(context, match) || IsDoneToThem(context, match))
            {
                continue;
            }

            findings.Add(Info.At(context, match.Span, $"{Info.Why} Instead of \"{context.Slice(match.Span)}\", {match.Phrase.Value}."));
        }
    }
}

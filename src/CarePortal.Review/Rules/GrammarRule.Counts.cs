using System.Runtime.CompilerServices;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// Slips of counting and of pronouns side by side: a count written twice ("four 4 years"), a counted plural with the
/// apostrophe of one ("a few hour's notice"), "my myself" for "by myself", two subject pronouns together ("and I he
/// weighs"), "where" for "were" after a plural ("their belongings where in storage").
/// </summary>
internal sealed partial class GrammarRule
{
    private static readonly string[] NumberWordList = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly WordSet NumberWords = new(NumberWordList);

    /// <summary>A possessive pronoun before its own reflexive: "my myself" means "by myself".</summary>
    private static readonly WordMap<string> ReflexiveOf = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["myself"] = "my", ["himself"] = "his", ["herself"] = "her", ["themselves"] = "their", ["ourselves"] = "our", ["yourself"] = "your",
    });

    /// <summary>What a plural's "were" comes before, never a place's "where": "belongings where in storage", "they where not".</summary>
    private static readonly WordSet AfterWere = new([
        "not", "being", "able", "unable", "all", "both", "still", "also", "so", "very", "in", "given", "taken", "lost", "destroyed", "damaged",
        "stolen", "placed", "put", "left", "living", "staying", "going", "doing", "working", "getting", "told", "too", "always", "never", "already",
        "just", "removed", "thrown", "sleeping", "forced",
    ]);

    /// <summary>The words this file's checks start from; <see cref="ListedChecks"/> lists them.</summary>
    private static string[] CountTriggers => [.. NumberWordList, "few", "several", "myself", "himself", "herself", "themselves", "ourselves", "yourself", "he", "she", "where"];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckCounts(ReviewContext context, int t, List<Finding> findings) =>
        ((context.IsAny(t, NumberWords) || context.IsAny(t, "few", "several")) && (CountTwice(context, t, findings) || CountedPossessive(context, t, findings)))
        || ByMyself(context, t, findings) || (context.IsAny(t, "he", "she") && TwoSubjects(context, t, findings))
        || (context.Is(t, "where") && WhereForWere(context, t, findings));

    /// <summary>"visiting a family four 4 years": a count in words, then the same count in digits (not "two (2)", as contracts write it).</summary>
    private static bool CountTwice(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, NumberWords) || t + 1 >= context.Tokens.Count || context.Tokens[t + 1].Kind != TokenKind.Number || !context.Tokens[t + 1].SpaceBefore
            || context.IsPunct(t + 2, '.') || context.IsPunct(t + 2, ',') || context.IsPunct(t + 2, '-') || context.IsPunct(t + 2, '/') || context.IsPunct(t + 2, ':'))
        {
            return false;
        }

        var digits = context.Original(t + 1);
        var value = Array.IndexOf(NumberWordList, context.Lower(t).ToString()) + 1;
        if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var written) || written != value)
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} The count is written twice, in words and in digits.", context.Original(t).ToString()));
        return true;
    }

    /// <summary>"with a few hour's notice", "two week's pay": more than one takes the apostrophe after the s ("hours'").</summary>
    private static bool CountedPossessive(ReviewContext context, int t, List<Finding> findings)
    {
        var counted = t + 1;
        if (!(context.IsAny(t, NumberWords) || context.IsAny(t, "few", "several")) || context.Is(t, "one") || !context.IsWord(counted)
            || (context.Is(t, "few") && !context.Is(t - 1, "a")))
        {
            return false;
        }

        var word = context.Original(counted);
        if (word.Length < 4 || word[^1] != 's' || !Tokenizer.IsApostrophe(word[^2]) || !context.IsAny(t + 2, Owned) || !context.Lexicon.Common.Contains(context.Lower(counted)[..^2]))
        {
            return false;
        }

        var plural = string.Concat(word[..^2], "s", word.Slice(word.Length - 2, 1));
        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, context.Tokens[counted].Span, $"{info.Why} More than one owns it: \"{plural}\".", plural));
        return true;
    }

    /// <summary>What counted time or people own: "a few hours' notice", "two weeks' pay".</summary>
    private static readonly WordSet Owned = new(["notice", "pay", "rent", "worth", "wages", "time", "work", "wait", "drive", "walk", "supply", "salary", "stay", "vacation", "leave"]);

    /// <summary>"I do it my myself": "by myself".</summary>
    private static bool ByMyself(ReviewContext context, int t, List<Finding> findings)
    {
        if (!ReflexiveOf.TryGetValue(context.Lower(t), context.LowerKey(t), out var owner) || !context.Is(t - 1, owner) || !context.Tokens[t].SpaceBefore)
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"{MatchCase("by", context.Original(t - 1))} {context.Original(t)}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End), $"{info.Why} Alone is \"{fix}\".", fix));
        return true;
    }

    /// <summary>"and I he weighs 13 lbs": two subjects side by side, one of them a slip; which one is not known, so no fix.</summary>
    private static bool TwoSubjects(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, "he", "she") || !context.IsAny(t - 1, SubjectPronouns) || !context.Tokens[t].SpaceBefore || context.NewLineBefore(t) || context.SameWord(t, t - 1))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var span = TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End);
        findings.Add(info.At(context, span, $"{info.Why} Two subjects stand side by side (\"{context.Slice(span)}\"): one of them is a slip."));
        return true;
    }

    /// <summary>"all their belongings where in storage": "where" after a plural, before what only "were" takes.</summary>
    private static bool WhereForWere(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "where") || !context.IsAny(t + 1, AfterWere) || !IsPlural(context, t - 1) || context.NewLineBefore(t))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase("were", context.Original(t));
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} \"Where\" asks for a place: after \"{context.Original(t - 1)}\" the verb is \"{fix}\".", fix));
        return true;
    }

    /// <summary>A plural noun: one of the people plurals, or a lower-case word after a determiner whose singular is a common word ("their belongings"; not "bus", "glass").</summary>
    private static bool IsPlural(ReviewContext context, int t)
    {
        if (!context.IsWord(t) || !char.IsAsciiLetterLower(context.Text[context.Tokens[t].Start]))
        {
            return false;
        }

        if (context.IsAny(t, PeoplePlurals) && !context.Is(t, "you"))
        {
            return true;
        }

        // After a determiner only: "knows where in the house" is a verb, "their belongings where in" a noun.
        var word = context.Lower(t);
        return (context.IsAny(t - 1, PossessorDeterminers) || context.IsAny(t - 1, "all", "both", "some", "many", "these", "those")) && word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && context.Lexicon.Common.Contains(word[..^1]);
    }
}

using System.Runtime.CompilerServices;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// Slips in the form of a word that its neighbours decide: a verb that does not agree with its pronoun ("she write",
/// "they was", "she been"), "a" or "an" before the wrong sound ("a opening"), an object pronoun as a subject ("Her and
/// her son live …") or a subject pronoun as an object ("to my children and I."), a count with a singular unit ("he is 5
/// year."), a family name made plural with an apostrophe ("the Garcia's were").
/// </summary>
internal sealed partial class GrammarRule
{
    /// <summary>Present verbs whose form after "he" or "she" takes -s: "she write" wants "she writes".</summary>
    private static readonly WordSet BaseVerbs = new([
        "need", "have", "want", "write", "live", "work", "make", "take", "say", "come", "know", "like", "love", "try", "pay", "stay",
        "feel", "keep", "call", "receive", "ask", "hope", "wish", "get", "go", "do", "owe", "struggle", "care", "raise", "deserve",
    ]);

    /// <summary>
    /// What may stand before "he" or "she" and a plain verb: a question or a modal ("does she need", "can he stay"), or a
    /// wish, demand or prayer that takes the plain form ("pray that he find", "insisted she stay", "required that she take").
    /// </summary>
    private static readonly WordSet PlainVerbOpeners = new([
        "do", "does", "did", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t", "can", "could", "will", "would", "shall", "should",
        "may", "might", "must", "can't", "can’t", "won't", "won’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t", "shouldn't", "shouldn’t",
        "cannot", "let", "lets", "make", "makes", "made", "help", "helps", "helped", "that", "insist", "insists", "insisted", "require",
        "requires", "required", "suggest", "suggested", "recommend", "recommended", "demand", "demanded", "pray", "prays", "prayed",
        "request", "requested", "ask", "asked", "until", "lest", "watch", "watched", "see", "saw", "hear", "heard",
    ]);

    /// <summary>"they was", "we is": a singular verb after a plural pronoun, with the verb the pronoun takes.</summary>
    private static string? PluralForm(ReadOnlySpan<char> verb) => verb switch
    {
        "was" => "were",
        "is" => "are",
        "has" => "have",
        _ => null,
    };

    /// <summary>Words after "a" or "an" that say where the article sits in a label, not before a noun: "plan a", "grade a".</summary>
    private static readonly WordSet LetterLabels = new(["plan", "grade", "vitamin", "type", "option", "part", "section", "step", "item", "class", "size", "letter", "group", "line", "building", "unit", "apt", "apartment"]);

    private static readonly WordSet Prepositions = new(["to", "for", "with", "from", "of", "about", "between", "by", "at", "on", "toward", "towards"]);

    private static readonly WordSet TimeUnits = new(["year", "month", "week", "day"]);

    private static readonly WordSet Counts = new(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "few"]);

    /// <summary>The checks of this file that <see cref="ListedChecks"/> lists for the word; true when one added a finding.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckWordForm(ReviewContext context, int t, Listed checks, List<Finding> findings) =>
        (checks.HasFlag(Listed.PronounVerb) && PronounVerb(context, t, findings)) || (checks.HasFlag(Listed.Article) && Article(context, t, findings))
        || (checks.HasFlag(Listed.PronounCase) && PronounCase(context, t, findings)) || (checks.HasFlag(Listed.SingularUnit) && SingularUnit(context, t, findings))
        || (checks.HasFlag(Listed.ApostrophePlural) && ApostrophePlural(context, t, findings)) || (checks.HasFlag(Listed.Perfect) && PerfectWithPlainVerb(context, t, findings))
        || (checks.HasFlag(Listed.OnBehalf) && OnBehalf(context, t, findings)) || (checks.HasFlag(Listed.MuchMore) && MuchMore(context, t, findings))
        || (checks.HasFlag(Listed.MissingWord) && CheckMissingWord(context, t, findings)) || (checks.HasFlag(Listed.Counts) && CheckCounts(context, t, findings))
        || (checks.HasFlag(Listed.VerbForms) && CheckVerbForms(context, t, findings)) || ((checks & AgreementChecks) != 0 && CheckAgreement(context, t, checks, findings));

    /// <summary>
    /// A plain verb of the table after "he" or "she" ("she need", "he struggle"), beyond <see cref="BaseVerbs"/>; not "she need
    /// not", nor after "Mom and" or "he or" (two subjects take the plain verb).
    /// </summary>
    private static bool IsPlainAfterPronoun(ReviewContext context, int t, int verb) =>
        IsPlainVerb(context, verb, out _) && !context.Is(verb + 1, "not")
        && !(context.IsAny(t - 1, "and", "or", "nor") && (context.IsAny(t - 2, SubjectPronouns) || context.IsAny(t - 2, "me", "him", "her", "you") || context.IsCapitalised(t - 2) || context.IsAny(t - 2, FamilyWords) || context.IsAny(t - 2, PeoplePlurals)));

    private static bool PronounVerb(ReviewContext context, int t, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        var pronoun = context.Lower(t);
        var third = pronoun is "he" or "she";
        var plural = pronoun is "they" or "we" or "you" or "i";
        if ((!third && !plural) || context.NewLineBefore(t + 1))
        {
            return false;
        }

        var verb = t + 1;
        // "They (the family) was": a short aside between the pronoun and its verb.
        if (plural && context.IsPunct(t + 1, '('))
        {
            var close = t + 2;
            while (close < t + 8 && close < context.Tokens.Count && !context.IsPunct(close, ')'))
            {
                close++;
            }

            if (!context.IsPunct(close, ')') || !context.IsWord(close + 1))
            {
                return false;
            }

            verb = close + 1;
        }
        else if (!context.IsWord(verb))
        {
            return false;
        }

        var before = context.Tokens[t].SentenceStart ? -1 : t - 1;
        var span = TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[verb].End);
        var lead = context.Slice(TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[verb].Start));

        // "she been", "they been working": "been" wants "has" or "have" ("has she been" asks, and passes).
        if (context.Is(verb, "been") && !context.IsAny(before, "have", "has", "had", "having") && !(context.IsWord(before) && EndsWithHave(context.Lower(before))))
        {
            var have = third ? "has" : "have";
            findings.Add(info.At(context, span, $"{info.Why} \"been\" needs \"{have}\" before it: \"{lead}{have} been\".", $"{lead}{have} been"));
            return true;
        }

        if (third)
        {
            if (!(context.IsAny(verb, BaseVerbs) || IsPlainAfterPronoun(context, t, verb)) || context.IsAny(before, PlainVerbOpeners) || context.IsPunct(verb + 1, '-') || context.IsPunct(verb + 1, '\'')
                || context.IsPunct(verb + 1, '\u2019'))
            {
                return false;
            }

            var agreed = ThirdPersonForm(context.Lower(verb));
            findings.Add(info.At(context, span, $"{info.Why} After \"{context.Original(t)}\" the verb is \"{agreed}\".", $"{lead}{agreed}"));
            return true;
        }

        if (context.Is(t, "you") && context.IsAny(before, "thank", "thanks"))
        {
            return false; // "a big thank you is owed"
        }

        if (context.Is(verb, "where") && context.IsAny(t, "they", "we"))
        {
            findings.Add(info.At(context, span, $"{info.Why} \"Where\" asks for a place: after \"{context.Original(t)}\" the verb is \"were\".", $"{lead}were"));
            return true;
        }

        var form = context.Is(t, "i") ? (context.Is(verb, "is") ? "am" : context.Is(verb, "has") ? "have" : null) : PluralForm(context.Lower(verb));
        if (form is null || context.IsPunct(verb + 1, '\'') || context.IsPunct(verb + 1, '\u2019'))
        {
            return false;
        }

        findings.Add(info.At(context, span, $"{info.Why} After \"{context.Original(t)}\" the verb is \"{form}\".", $"{lead}{form}"));
        return true;
    }

    private static bool EndsWithHave(ReadOnlySpan<char> word) => word.EndsWith("'ve", StringComparison.Ordinal) || word.EndsWith("\u2019ve", StringComparison.Ordinal);

    private static string ThirdPersonForm(ReadOnlySpan<char> verb)
    {
        if (verb is "have")
        {
            return "has";
        }

        if (verb.EndsWith("s") || verb.EndsWith("x") || verb.EndsWith("ch") || verb.EndsWith("sh") || verb.EndsWith("o"))
        {
            return string.Concat(verb, "es");
        }

        return verb.Length > 1 && verb[^1] == 'y' && !"aeiou".Contains(verb[^2]) ? string.Concat(verb[..^1], "ies") : string.Concat(verb, "s");
    }

    /// <summary>"a opening", "an car": the article that fits the next word's first sound; words whose sound the letters do not tell pass.</summary>
    private static bool Article(ReviewContext context, int t, List<Finding> findings)
    {
        var isA = context.Is(t, "a");
        if ((!isA && !context.Is(t, "an")) || !context.IsWord(t + 1) || context.Tokens[t + 1].Start != context.Tokens[t].End + 1
            || (char.IsUpper(context.Text[context.Tokens[t].Start]) && !context.Tokens[t].SentenceStart) || context.IsAny(t - 1, LetterLabels)
            || (context.IsPunct(t - 1, '.') && !context.Tokens[t].SpaceBefore))
        {
            return false;
        }

        var next = context.Original(t + 1);
        if (next.Length < 2 || !char.IsAsciiLetterLower(next[0]) || (context.IsPunct(t + 2, '.') && !context.Tokens[t + 2].SpaceBefore))
        {
            return false;
        }

        var vowel = StartsWithVowelSound(context.Lower(t + 1));
        if (vowel is null || vowel == !isA)
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var article = MatchCase(isA ? "an" : "a", context.Original(t));
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} Before \"{next}\" write \"{article}\".", $"{article} {next}"));
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    /// <summary>Whether the word starts with a vowel sound; null where the letters do not tell ("hour", "unit", "one").</summary>
    private static bool? StartsWithVowelSound(ReadOnlySpan<char> word)
    {
        var c = word[0];
        if (c is 'h' or 'x' || word.IndexOfAny(Vowels) < 0)
        {
            return null; // "an hour", "a house", "an x-ray", "an mri"
        }

        if (c is 'a' or 'i')
        {
            return true;
        }

        if (c is 'e')
        {
            return !(word.StartsWith("eu") || word.StartsWith("ewe")) ? true : null; // "a European"
        }

        if (c is 'o')
        {
            return !word.StartsWith("one") && !word.StartsWith("once") ? true : null; // "a one-year lease"
        }

        if (c is 'u')
        {
            // "an umbrella", "an urgent need", "an unsafe home"; "a unit", "a usual day", "a unopened box"? the letters do not say.
            return word.Length > 2 && !"aeiouy".Contains(word[1]) && !"aeiouy".Contains(word[2]) ? true : null;
        }

        return false;
    }

    /// <summary>"Her and her son live …" wants "She"; "a blessing to my children and I." wants "me".</summary>
    private static bool PronounCase(ReviewContext context, int t, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        if (context.IsAny(t, "her", "him") && context.Tokens[t].SentenceStart && context.Is(t + 1, "and") && context.IsWord(t + 2) && !context.IsPunct(t + 3, '\'')
            && char.IsUpper(context.Text[context.Tokens[t].Start]))
        {
            var subject = context.Is(t, "her") ? "She" : "He";
            findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
                $"{info.Why} The subject of a sentence is \"{subject}\", not \"{context.Original(t)}\".", $"{subject} and"));
            return true;
        }

        if (!context.Is(t, "i") || !context.Is(t - 1, "and") || !(t + 1 >= context.Tokens.Count || IsSentenceEnd(context, t + 1)))
        {
            return false;
        }

        // A preposition two to four words before "and": "to my children and I", "for my family and I", "between you and I".
        for (var p = t - 2; p >= t - 5 && context.IsWord(p); p--)
        {
            if (context.IsAny(p, Prepositions))
            {
                if (p == t - 2 && !context.Is(p + 1, "you"))
                {
                    return false;
                }

                findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} After \"{context.Original(p)}\" the pronoun is \"me\", not \"I\".", "me"));
                return true;
            }
        }

        return false;
    }

    /// <summary>"… and I." ends its sentence; "and I, the oldest, stayed" goes on as a subject.</summary>
    private static bool IsSentenceEnd(ReviewContext context, int t) =>
        context.IsPunct(t, '.') || context.IsPunct(t, '!') || context.IsPunct(t, '?') || context.IsPunct(t, ';');

    private static bool IsClauseEnd(ReviewContext context, int t) =>
        context.IsPunct(t, '.') || context.IsPunct(t, ',') || context.IsPunct(t, '!') || context.IsPunct(t, '?') || context.IsPunct(t, ';');

    /// <summary>"he is 5 year.", "for two month and": a count over one with a singular unit that ends its phrase ("a 2 year lease" passes).</summary>
    private static bool SingularUnit(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, TimeUnits) || !(IsClauseEnd(context, t + 1) || context.IsAny(t + 1, "and", "or") || t + 1 >= context.Tokens.Count)
            || !context.Tokens[t].SpaceBefore || !IsCountOverOne(context, t - 1))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var plural = string.Concat(context.Original(t), "s");
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End),
            $"{info.Why} More than one is \"{plural}\".", $"{context.Original(t - 1)} {plural}"));
        return true;
    }

    private static bool IsCountOverOne(ReviewContext context, int t)
    {
        if (t < 0 || context.IsPunct(t - 1, '.') || context.IsPunct(t - 1, ',') || context.IsPunct(t - 1, '-') || context.IsPunct(t - 1, '/'))
        {
            return false; // "$4.5", "1,5", "3-5", "1/2": not a plain count
        }

        if (context.Tokens[t].Kind == TokenKind.Number)
        {
            var digits = context.Original(t);
            return digits.Length > 1 ? digits[0] != '0' : digits[0] >= '2';
        }

        return context.IsAny(t, Counts);
    }

    /// <summary>"the Garcia's were": a family named in the plural takes no apostrophe ("the Garcias were").</summary>
    private static bool ApostrophePlural(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, "were", "are", "have") || !context.Is(t - 2, "the") || !context.IsCapitalised(t - 1) || context.Tokens[t - 1].SentenceStart)
        {
            return false;
        }

        var owner = context.Original(t - 1);
        if (owner.Length < 5 || !(owner[^1] == 's' && Tokenizer.IsApostrophe(owner[^2])))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var stem = owner[..^2];
        // "the Jones's were" wants "Joneses": no fix reads well without knowing the name, so none is offered.
        var plural = stem[^1] is 's' or 'x' or 'z' || stem.EndsWith("ch") || stem.EndsWith("sh") ? null : string.Concat(stem, "s");
        findings.Add(info.At(context, context.Tokens[t - 1].Span,
            $"{info.Why} A family named in the plural takes no apostrophe (\"the Smiths were\"); \"{owner}\" owns something.", plural));
        return true;
    }

    /// <summary>Plain verbs that are no noun, so "have" before one wants its past form: "I've ask", "she has apply".</summary>
    private static readonly WordSet PlainNotNoun = new(["ask", "receive", "try", "decide", "apply", "struggle", "manage", "save", "raise", "lose"]);

    /// <summary>"have", "has", "had" and the contractions of "have" ("I've", "we’ve").</summary>
    private static bool IsHave(ReviewContext context, int t) =>
        context.IsAny(t, "have", "has", "had") || (context.IsWord(t) && EndsWithHave(context.Lower(t)));

    /// <summary>"I've ask you for a lot": "have" wants the past form after it ("asked").</summary>
    private static bool PerfectWithPlainVerb(ReviewContext context, int t, List<Finding> findings)
    {
        if (!IsHave(context, t) || !context.IsAny(t + 1, PlainNotNoun) || context.IsPunct(t + 2, '-') || context.IsPunct(t + 2, '\'') || context.IsPunct(t + 2, '\u2019'))
        {
            return false;
        }

        var verb = context.Lower(t + 1);
        var past = verb switch
        {
            "lose" => "lost",
            _ when verb.EndsWith("e") => string.Concat(verb, "d"),
            _ when verb.EndsWith("y") => string.Concat(verb[..^1], "ied"),
            _ => string.Concat(verb, "ed"),
        };
        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} After \"{context.Original(t)}\" the verb is \"{past}\".", $"{context.Original(t)} {past}"));
        return true;
    }

    /// <summary>"on behalf granddaughter": "on behalf" is followed by "of".</summary>
    private static bool OnBehalf(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "behalf") || !context.IsAny(t - 1, "on", "in") || !context.IsWord(t + 1) || context.Is(t + 1, "of") || context.NewLineBefore(t + 1))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var span = TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End);
        findings.Add(info.At(context, span, $"{info.Why} \"{context.Slice(span)}\" is followed by \"of\" and whom it is for."));
        return true;
    }

    /// <summary>What is counted, not measured: "much more times" wants "many more".</summary>
    private static readonly WordSet CountedPlurals = new(["times", "people", "things", "hours", "days", "weeks", "months", "years", "kids", "children", "families", "bills", "jobs", "items", "toys", "meals"]);

    private static bool MuchMore(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "much") || !context.Is(t + 1, "more") || !context.IsAny(t + 2, CountedPlurals))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} \"{context.Original(t + 2)}\" are counted: \"many more\", not \"much more\".", $"{MatchCase("many", context.Original(t))} more"));
        return true;
    }
}

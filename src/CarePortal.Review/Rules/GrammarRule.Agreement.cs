using System.Runtime.CompilerServices;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// Slips found by word class (the verb table <c>Data/verbs.tsv</c>, plural nouns by their singular, closed classes such as
/// modals and determiners) rather than by listed words: a modal or "did" before a form other than the plain verb ("will
/// needs", "didn't received"), "have" before a past form that is no participle ("had became"), "be" before a plain verb
/// ("could be release"), a relative clause whose verb does not agree with what it describes ("hurdles which limits",
/// "anyone who like"), "this" before a plural ("this women"), "and been" with no "have" ("is sick and been in the
/// hospital"), a family word with no "her" or "the" after a preposition ("cares for uncle"), "17th month old", "all of
/// who", a month opening a clause without "in" ("But September she"), a joining word written with a capital after a comma
/// ("lifestyle, So we"), a noun for its verb after a modal ("can't breath"), "childrens’".
/// </summary>
internal sealed partial class GrammarRule
{
    /// <summary>The checks of this file that <see cref="ListedChecks"/> lists for the word (each runs only at the words listed for it there).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckAgreement(ReviewContext context, int t, Listed checks, List<Finding> findings) =>
        (checks.HasFlag(Listed.ModalThenForm) && ModalThenForm(context, t, findings)) || (checks.HasFlag(Listed.HaveThenPast) && HaveThenPast(context, t, findings))
        || (checks.HasFlag(Listed.BeThenPlain) && BeThenPlain(context, t, findings)) || (checks.HasFlag(Listed.RelativeAgreement) && RelativeAgreement(context, t, findings))
        || (checks.HasFlag(Listed.ThisPlural) && ThisPlural(context, t, findings)) || (checks.HasFlag(Listed.AndBeen) && AndBeen(context, t, findings))
        || (checks.HasFlag(Listed.BareFamilyWord) && BareFamilyWord(context, t, findings)) || (checks.HasFlag(Listed.OrdinalAge) && OrdinalAge(context, t, findings))
        || (checks.HasFlag(Listed.OfWho) && OfWho(context, t, findings)) || (checks.HasFlag(Listed.MonthWithoutIn) && MonthWithoutIn(context, t, findings))
        || (checks.HasFlag(Listed.CapitalAfterComma) && CapitalAfterComma(context, t, findings)) || (checks.HasFlag(Listed.NounAfterModal) && NounAfterModal(context, t, findings))
        || (checks.HasFlag(Listed.PluralPossessive) && PluralPossessive(context, t, findings));

    /// <summary>Every check of this file: a word that begins none of them skips <see cref="CheckAgreement"/>.</summary>
    private const Listed AgreementChecks = Listed.ModalThenForm | Listed.HaveThenPast | Listed.BeThenPlain | Listed.RelativeAgreement | Listed.ThisPlural
        | Listed.AndBeen | Listed.BareFamilyWord | Listed.OrdinalAge | Listed.OfWho | Listed.MonthWithoutIn | Listed.CapitalAfterComma | Listed.NounAfterModal
        | Listed.PluralPossessive;

    /// <summary>A verb in the table that is only its plain form here: "need", "become" ("come" is also a participle: still plain).</summary>
    private static bool IsPlainVerb(ReviewContext context, int t, out VerbEntry verb) =>
        context.Lexicon.Verbs.TryGet(context.Lower(t), context.LowerKey(t), out verb) && verb.Is(VerbForm.Plain) && !verb.Is(VerbForm.Past)
        && char.IsAsciiLetterLower(context.Text[context.Tokens[t].Start]);

    /// <summary>"she will needs a bed", "he didn't received it": after a modal or "did" the verb is plain (the listed forms are <see cref="PlainAfterModal"/>'s).</summary>
    private static bool ModalThenForm(ReviewContext context, int t, List<Finding> findings)
    {
        var v = t + 1;
        if (!(context.IsAny(t, Modals) || context.IsAny(t, DidWords)) || !context.IsWord(v) || !context.Tokens[v].SpaceBefore || context.NewLineBefore(v)
            || context.IsPunct(v + 1, '-') || context.IsPunct(v + 1, '\'') || context.IsPunct(v + 1, '\u2019') || NotPlainForms.ContainsKey(context.Lower(v), context.LowerKey(v))
            || !context.Lexicon.Verbs.TryGet(context.Lower(v), context.LowerKey(v), out var verb) || verb.Is(VerbForm.Plain)
            || !char.IsAsciiLetterLower(context.Text[context.Tokens[v].Start]))
        {
            return false;
        }

        if (context.IsAny(t, DidWords) && (verb.Plain == "have" || !verb.Is(VerbForm.Past)))
        {
            return false; // "who does repairs": after "do" an -s word is a noun; "did had" too rare to say which
        }

        if (context.IsAny(t, "will", "can", "must", "might") && (t == 0 || context.Tokens[t].SentenceStart || context.IsAny(t - 1, ModalNounOwners)))
        {
            return false; // "free will", "the trash can", "a gas can", "with all her might"
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase(verb.Plain, context.Original(v));
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[v].End),
            $"{info.Why} After \"{context.Original(t)}\" the verb is \"{fix}\".", $"{context.Original(t)} {fix}"));
        return true;
    }

    private static readonly WordSet ModalNounOwners = new(["a", "the", "his", "her", "own", "free", "good", "my", "their", "trash", "garbage", "gas", "watering", "paint", "soda", "tin", "all", "last", "living"]);

    private static readonly WordSet HaveWords = new(HaveWordList);

    private static string[] HaveWordList => ["have", "has", "had", "i've", "i’ve", "we've", "we’ve", "they've", "they’ve", "you've", "you’ve"];

    /// <summary>Past forms heard after "had" in speech, or also nouns: not flagged ("had got", "a saw").</summary>
    private static readonly WordSet LoosePasts = new(["got", "saw", "bit", "woke", "forgot", "bore", "lay", "found", "left", "lead"]);

    /// <summary>"she had became ill", "they have went": after "have" the participle ("become", "gone").</summary>
    private static bool HaveThenPast(ReviewContext context, int t, List<Finding> findings)
    {
        var v = t + 1;
        if (!context.IsAny(t, HaveWords) || !context.IsWord(v) || !context.Tokens[v].SpaceBefore || context.NewLineBefore(v) || context.IsPunct(v + 1, '-')
            || !context.Lexicon.Verbs.TryGet(context.Lower(v), context.LowerKey(v), out var verb) || !verb.IsOnly(VerbForm.Past) || context.IsAny(v, LoosePasts)
            || !char.IsAsciiLetterLower(context.Text[context.Tokens[v].Start]) || !HasClauseSubject(context, t))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[v].End),
            $"{info.Why} After \"{context.Original(t)}\" the verb is \"{verb.Participle}\".", $"{context.Original(t)} {verb.Participle}"));
        return true;
    }

    /// <summary>
    /// Whether the "have" at <paramref name="t"/> follows its own subject at the start of a clause ("She had", "the family
    /// had", "I've"), not a subject inside a relative clause ("everything she had went to rent": "had" owns, "went" is the verb).
    /// </summary>
    private static bool HasClauseSubject(ReviewContext context, int t)
    {
        if (!context.IsAny(t, "have", "has", "had"))
        {
            return StartsClause(context, t); // "I've", "we've": the subject is in the word
        }

        var s = t - 1;
        if (!context.IsWord(s))
        {
            return false;
        }

        if (context.IsAny(s, "and", "but", "then"))
        {
            return true; // "works hard and has went": the subject is the first verb's
        }

        if (context.IsAny(s, SubjectPronouns) || context.IsAny(s, "it", "you", "who") || context.IsCapitalised(s))
        {
            return context.Is(s, "who") || StartsClause(context, s) || context.IsAny(s - 1, ClauseEnders); // "Earlier that week she had became"
        }

        return context.IsAny(s - 1, Determiners) && StartsClause(context, s - 1);
    }

    /// <summary>A word that opens a clause: at a sentence's or line's start, after , ; : ( or a joining word.</summary>
    private static bool StartsClause(ReviewContext context, int p) =>
        p == 0 || context.Tokens[p].SentenceStart || context.NewLineBefore(p) || context.IsPunct(p - 1, ',') || context.IsPunct(p - 1, ';') || context.IsPunct(p - 1, ':')
        || context.IsPunct(p - 1, '(') || context.IsAny(p - 1, Joiners) || context.IsAny(p - 1, ClauseOpeners);

    /// <summary>Plain verbs that are as often nouns or adjectives after "be" ("be help", "be welcome", "be open"): never flagged.</summary>
    private static readonly WordSet BeNouns = new([
        "help", "love", "care", "work", "use", "support", "change", "experience", "rest", "contact", "address", "plan", "fund", "order", "file", "face",
        "heat", "lack", "count", "hope", "wish", "fear", "visit", "walk", "talk", "play", "call", "look", "shop", "trade", "trust", "waste", "watch",
        "step", "touch", "mind", "record", "report", "request", "return", "search", "sign", "smile", "offer", "answer", "benefit", "budget", "cause",
        "demand", "drop", "guess", "interview", "kiss", "land", "lease", "rent", "repair", "rescue", "reply", "transport", "travel", "treat", "welcome",
        "open", "close", "clean", "complete", "secure", "separate", "like", "access", "shelter", "fire", "paint", "pack", "surprise", "need", "comfort",
        "dance", "host", "struggle", "issue", "process", "stress", "relief", "pass", "cry", "hug", "check", "shift", "trace", "fill", "pause", "mention",
        "thank", "purchase", "attend", "combine", "express", "excel", "exit", "salvage", "supplement",
    ]);

    /// <summary>What a passive's plain verb comes before: "could be release from jail", "to be place in care".</summary>
    private static readonly WordSet AfterPassive = new(["from", "to", "by", "into", "in", "on", "at", "for", "with", "back", "out", "off", "up", "soon", "next", "this", "and", "or"]);

    /// <summary>"he could be release from jail", "has been approve for": after "be" a verb wants its participle ("released").</summary>
    private static bool BeThenPlain(ReviewContext context, int t, List<Finding> findings)
    {
        var v = t + 1;
        if (!context.IsAny(t, "be", "been") || !context.IsWord(v) || !context.Tokens[v].SpaceBefore || context.NewLineBefore(v) || context.IsPunct(v + 1, '-')
            || !IsPlainVerb(context, v, out var verb) || verb.Derived || verb.Is(VerbForm.Participle) || context.IsAny(v, BeNouns)
            || !(context.IsAny(v + 1, AfterPassive) || v + 1 >= context.Tokens.Count || IsClauseEnd(context, v + 1))
            || (context.Is(t, "be") && !(context.IsAny(t - 1, Modals) || context.IsAny(t - 1, "to", "not", "may", "ll")))
            || (context.Is(t, "been") && !context.IsAny(t - 1, HaveWords)))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[v].End),
            $"{info.Why} After \"{context.Original(t)}\" the verb is \"{verb.Participle}\".", $"{context.Original(t)} {verb.Participle}"));
        return true;
    }

    /// <summary>One person, never more: "anyone who like" wants "likes".</summary>
    private static readonly WordSet SingularPeople = new(["anyone", "someone", "everyone", "anybody", "somebody", "everybody", "nobody", "whoever"]);

    /// <summary>
    /// "some physical hurdles which limits how much he can help": a plural described by "who", "which" or "that" takes the
    /// plural verb; "anyone who like more information" takes the -s form. Plurals are found by their singular, verbs by the table.
    /// </summary>
    private static bool RelativeAgreement(ReviewContext context, int t, List<Finding> findings)
    {
        var v = t + 1;
        if (!context.IsAny(t, "who", "which", "that") || !context.IsWord(v) || context.NewLineBefore(t) || context.NewLineBefore(v) || context.IsPunct(v + 1, '-')
            || context.IsPunct(v + 1, '\'') || context.IsPunct(v + 1, '\u2019') || !char.IsAsciiLetterLower(context.Text[context.Tokens[v].Start]))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        if (context.Is(t, "who") && context.IsAny(t - 1, SingularPeople))
        {
            if (!IsPlainVerb(context, v, out var plain) || plain.Plain is "have" or "do")
            {
                return false;
            }

            var third = MatchCase(plain.Third, context.Original(v));
            findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[v].End),
                $"{info.Why} \"{context.Original(t - 1)}\" is one person: the verb is \"{third}\".", $"{context.Original(t)} {third}"));
            return true;
        }

        // The listed people plurals and listed verbs are PeopleWithSingularVerb's; this takes any plural noun and any verb of the table.
        if (PluralVerbs.ContainsKey(context.Lower(v), context.LowerKey(v)) && context.IsAny(t - 1, PeoplePlurals))
        {
            return false;
        }

        if (!context.Lexicon.Verbs.TryGet(context.Lower(v), context.LowerKey(v), out var verb) || !verb.IsOnly(VerbForm.Third) || !IsPluralNoun(context, t - 1)
            || (context.Is(t, "which") && context.IsAny(v, "has", "does")) || context.Is(t - 2, "of") || context.IsAny(v, PeoplePlurals)
            || (!context.Is(t, "who") && ((context.IsWord(v + 1) && context.Lexicon.Verbs.TryGet(context.Lower(v + 1), context.LowerKey(v + 1), out _)) || context.IsAny(v + 1, Modals)))
            || context.IsAny(t - 2, TellingVerbs) || (context.IsAny(t - 2, PossessorDeterminers) && context.IsAny(t - 3, TellingVerbs))
            || (context.Is(t, "that") && context.IsAny(t - 2, "so", "such")))
        {
            return false;
        }

        var fix = $"{context.Original(t)} {MatchCase(verb.Plain, context.Original(v))}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[v].End),
            $"{info.Why} \"{context.Original(t - 1)}\" are more than one: the verb is \"{verb.Plain}\".", fix));
        return true;
    }

    /// <summary>
    /// A plural noun by its form: a people plural, or a lower-case -s word whose singular is a common word and which is no
    /// verb's -s form ("hurdles", "bills"; not "needs", "bus", "glass"), not right after a subject ("she plans which").
    /// </summary>
    private static bool IsPluralNoun(ReviewContext context, int t)
    {
        if (!context.IsWord(t) || !char.IsAsciiLetterLower(context.Text[context.Tokens[t].Start]))
        {
            return false;
        }

        if (context.IsAny(t, PeoplePlurals))
        {
            return !context.Is(t, "you");
        }

        var word = context.Lower(t);
        if (word.Length < 4 || word[^1] != 's' || word[^2] is 's' or 'u' or 'i' || context.IsAny(t - 1, SubjectPronouns) || context.IsAny(t - 1, "it", "who", "which", "that")
            || context.Lexicon.Verbs.TryGet(word, context.LowerKey(t), out _) || context.Lexicon.Common.Contains(word, context.LowerKey(t)))
        {
            return false;
        }

        return context.Lexicon.Common.Contains(word[..^1]);
    }

    /// <summary>"This women", "each kids": a word for one before a plural of people.</summary>
    private static bool ThisPlural(ReviewContext context, int t, List<Finding> findings)
    {
        var n = t + 1;
        if (!context.IsAny(t, "this", "each", "every", "another") || !context.IsAny(n, PeoplePlurals) || context.Is(n, "you") || context.NewLineBefore(n)
            || context.IsPunct(n + 1, '\'') || context.IsPunct(n + 1, '\u2019') || context.IsPunct(n + 1, '-') || context.Is(n + 1, "of") || context.IsAny(n + 1, Possessed))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var span = TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[n].End);
        var fix = context.Is(t, "this") ? $"{MatchCase("these", context.Original(t))} {context.Original(n)}" : null;
        findings.Add(info.At(context, span, $"{info.Why} \"{context.Original(n)}\" is plural: \"{context.Original(t)}\" does not fit it.", fix));
        return true;
    }

    /// <summary>"my mom is also sick and been in and out of the hospital": "been" after "and" with no "have" in its sentence.</summary>
    private static bool AndBeen(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "and") || !context.Is(t + 1, "been") || context.NewLineBefore(t + 1) || !context.IsWord(t + 2))
        {
            return false;
        }

        var (first, _) = context.SentenceOf(t);
        for (var p = t - 1; p >= first && p >= t - 30; p--)
        {
            if (context.IsAny(p, HaveWords) || context.IsAny(p, "having", "been") || (context.IsWord(p) && (context.Lower(p).EndsWith("'s") || context.Lower(p).EndsWith("\u2019s"))))
            {
                return false; // "has been ill and been in the hospital", "she's been sick and been …"
            }
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} A word is missing: \"been\" wants \"has\" or \"have\" before it."));
        return true;
    }

    /// <summary>Family words for one person, which take "her", "his" or "the" before them ("Mom", "Grandma" stand alone as names).</summary>
    private static readonly WordSet FamilyWords = new([
        "uncle", "aunt", "husband", "wife", "son", "daughter", "brother", "sister", "father", "mother", "grandmother", "grandfather", "cousin",
        "nephew", "niece", "boyfriend", "girlfriend", "fiance", "fiancé", "stepfather", "stepmother", "stepson", "stepdaughter", "grandson",
        "granddaughter", "husband's", "husband’s", "wife's", "wife’s", "son's", "son’s", "daughter's", "daughter’s", "uncle's", "uncle’s",
        "aunt's", "aunt’s", "brother's", "brother’s", "sister's", "sister’s", "father's", "father’s", "mother's", "mother’s", "boyfriend's",
        "boyfriend’s", "girlfriend's", "girlfriend’s",
    ]);

    private static readonly WordSet FamilyPrepositions = new(FamilyPrepositionWords);

    private static string[] FamilyPrepositionWords => ["for", "with", "to", "from", "by", "about", "because", "since"];

    /// <summary>"Mrs. M cares for uncle, who has dementia", "Because husband’s earnings": a family word wants "her", "his" or "the".</summary>
    private static bool BareFamilyWord(ReviewContext context, int t, List<Finding> findings)
    {
        var n = t + 1;
        if (!context.IsAny(t, FamilyPrepositions) || !context.IsAny(n, FamilyWords) || !char.IsAsciiLetterLower(context.Text[context.Tokens[n].Start]) || context.NewLineBefore(n)
            || context.IsPunct(n + 1, '-') || context.IsPunct(n + 1, '/') || (context.IsPunct(n + 1, ',') && context.IsAny(n + 2, FamilyWords)) || context.IsAny(n + 1, "and", "or", "to", "figure", "figures", "duo", "team", "relationship", "relationships", "pair")
            || context.IsAny(t - 1, "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "from", "between", "step", "grand", "god")
            || context.IsPunct(t - 1, '-') || (context.Is(t, "to") && context.IsAny(t - 1, ToFamilyVerbs)))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[n].End),
            $"{info.Why} A word is missing before \"{context.Original(n)}\": whose (\"her\", \"his\", \"the\")?"));
        return true;
    }

    /// <summary>"mother to son", "a mother to", "like a sister to": family words as roles after these are fine.</summary>
    private static readonly WordSet ToFamilyVerbs = new(["like", "became", "become", "becomes", "been", "be", "is", "was", "as", "a", "an"]);

    /// <summary>"for a 17th month old": a count of months is not an ordinal ("17-month-old").</summary>
    private static bool OrdinalAge(ReviewContext context, int t, List<Finding> findings)
    {
        var n = t - 1;
        var unit = t + 1;
        if (!context.IsAny(t, "th", "st", "nd", "rd") || n < 0 || context.Tokens[n].Kind != TokenKind.Number || context.Tokens[t].SpaceBefore
            || !context.IsAny(unit, TimeUnits) || !context.Is(unit + 1, "old") || context.NewLineBefore(unit))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"{context.Original(n)}-{context.Original(unit)}-old";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[n].Start, context.Tokens[unit + 1].End),
            $"{info.Why} An age is a count, not an order: \"{fix}\".", fix));
        return true;
    }

    private static readonly WordSet Quantifiers = new(["all", "some", "many", "most", "none", "both", "several", "few", "each", "one", "two", "three", "four", "five", "any", "half"]);

    /// <summary>"five children, all of who are under ten": after a preposition the pronoun is "whom".</summary>
    private static bool OfWho(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "who") || !context.Is(t - 1, "of") || !context.IsAny(t - 2, Quantifiers))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} After \"{context.Original(t - 1)}\" the pronoun is \"whom\".", "whom"));
        return true;
    }

    /// <summary>"But September she started": a month that opens a clause before its subject wants "in" ("But in September").</summary>
    private static bool MonthWithoutIn(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsCapitalised(t) || !context.IsAny(t, MonthWords) || !context.IsAny(t + 1, SubjectPronouns) || context.NewLineBefore(t + 1)
            || !(context.Tokens[t].SentenceStart || (context.IsAny(t - 1, "but", "and", "so", "then") && !context.NewLineBefore(t))))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"in {context.Original(t)}";
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} A word is missing: \"{fix}\".", context.Tokens[t].SentenceStart ? $"In {context.Original(t)}" : fix));
        return true;
    }

    /// <summary>Months that are no given name (not "April", "June") nor another word ("May", "March", "August").</summary>
    private static readonly WordSet MonthWords = new(MonthWordList);

    private static string[] MonthWordList => ["january", "february", "july", "september", "october", "november", "december"];

    /// <summary>Joining words and pronouns that go on a sentence after a comma, written small there.</summary>
    private static readonly WordSet CommaGoesOn = new(CommaGoesOnWords);

    private static string[] CommaGoesOnWords => ["so", "but", "and", "then", "because"];

    /// <summary>"a chaotic lifestyle, So we moved": after a comma the sentence goes on, with a small letter.</summary>
    private static bool CapitalAfterComma(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, CommaGoesOn) || !context.IsPunct(t - 1, ',') || !context.IsCapitalised(t) || context.NewLineBefore(t) || !context.IsWord(t - 2)
            || !char.IsAsciiLetterLower(context.Text[context.Tokens[t - 2].Start]) || !context.IsWord(t + 1) || char.IsUpper(context.Text[context.Tokens[t + 1].Start])
            || IsSalutation(context, t - 2))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var original = context.Original(t).ToString();
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} After a comma the sentence goes on with a small letter.", char.ToLowerInvariant(original[0]) + original[1..]));
        return true;
    }

    /// <summary>"Dear Santa, We …", "Hi everyone, So …": a greeting that ends with its comma, the letter starting after it.</summary>
    private static bool IsSalutation(ReviewContext context, int p)
    {
        var (first, _) = context.SentenceOf(p);
        return context.IsAny(first, "dear", "hi", "hello", "hey", "greetings", "thanks", "yes", "no", "well", "ok", "okay", "oh");
    }

    /// <summary>Nouns written where their verb belongs, after a modal or "to": "can't breath" wants "breathe".</summary>
    private static readonly WordMap<string> VerbOfNoun = new(VerbsOfNouns);

    private static Dictionary<string, string> VerbsOfNouns => new(StringComparer.Ordinal)
    {
        ["breath"] = "breathe", ["advice"] = "advise", ["loss"] = "lose", ["proof"] = "prove", ["belief"] = "believe", ["relief"] = "relieve", ["grief"] = "grieve",
    };

    private static string[] NounsForVerbs => [.. VerbsOfNouns.Keys];

    /// <summary>Words before "to" that want a verb after it ("able to breath", "trying to breath"), not a noun ("from breath to breath").</summary>
    private static readonly WordSet ToWantsVerb = new(["able", "unable", "trying", "try", "tried", "hard", "struggling", "struggles", "struggled", "want", "wants", "wanted", "need", "needs", "needed", "how", "going", "had", "has", "have"]);

    /// <summary>"she can’t breath", "unable to breath": a noun after a modal or "to" is the verb ("breathe").</summary>
    private static bool NounAfterModal(ReviewContext context, int t, List<Finding> findings)
    {
        if (!VerbOfNoun.TryGetValue(context.Lower(t), context.LowerKey(t), out var verb) || !context.Tokens[t].SpaceBefore || context.NewLineBefore(t)
            || !(context.IsAny(t - 1, Modals) || (context.Is(t - 1, "not") && context.IsAny(t - 2, Modals)) || (context.Is(t - 1, "to") && context.IsAny(t - 2, ToWantsVerb)))
            || context.IsPunct(t + 1, '-'))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase(verb, context.Original(t));
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} \"{context.Original(t)}\" is the noun; the verb is \"{fix}\".", fix));
        return true;
    }

    /// <summary>"the childrens’ father": a plural without -s owns with "'s" ("children's").</summary>
    private static bool PluralPossessive(ReviewContext context, int t, List<Finding> findings)
    {
        if (!IsIrregularPluralWithS(context, t))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var original = context.Original(t);
        var fix = string.Concat(original[..^1], "'s");
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} \"{original[..^1]}\" is already plural: what it owns is \"{fix}\".", fix));
        return true;
    }

    /// <summary>"childrens’", "mens'": an -s and an apostrophe on a plural that has no -s (the spelling rule leaves it to grammar).</summary>
    internal static bool IsIrregularPluralWithS(ReviewContext context, int t) =>
        context.IsAny(t, "childrens", "mens", "womens") && (context.IsPunct(t + 1, '\'') || context.IsPunct(t + 1, '\u2019'))
        && !context.Tokens[t + 1].SpaceBefore;
}

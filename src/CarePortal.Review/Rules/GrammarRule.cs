using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// Clear grammar slips: a doubled word, "could of", "alot", a sentence without a capital, their/there/they're
/// mixed up, and a run-on sentence with no punctuation between two clauses.
/// </summary>
internal sealed partial class GrammarRule : IRule
{
    [GeneratedRegex(@"\b(could|should|would|must|might) of\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex CouldOf { get; }

    [GeneratedRegex(@"\balot\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex Alot { get; }

    private static readonly WordSet AllowedDoubles = new(["had", "that", "bye", "ha", "no", "her"]); // "cost her her job"

    private static readonly string[] Abbreviations = ["e.g", "i.e", "etc", "vs", "approx", "a.m", "p.m", "no", "st", "dr", "mr", "mrs", "ms", "jr", "sr", "est", "apt", "yrs", "yr", "mos", "wks", "hrs", "lbs", "oz"];

    /// <summary>Nouns usually owned: "there kids" and "they're clothes" mean "their".</summary>
    private static readonly WordSet OwnedNouns = new([
        "kids", "children", "child", "son", "sons", "daughter", "daughters", "clothes", "clothing", "home", "house", "family",
        "mom", "dad", "mother", "father", "parents", "car", "rent", "bills", "bill", "own", "baby", "apartment", "room",
        "rooms", "belongings", "lives", "grandmother", "grandma", "grandparents", "aunt", "friends", "beds", "bed", "furniture",
        "things", "shoes", "toys", "school", "schools", "needs", "new", "old", "oldest", "youngest", "boys", "girls", "grandchildren", "grandkids", "landlord", "lease", "power", "electric", "water", "kitchen",
    ]);

    /// <summary>"on there normal routine": adjectives that sit between "their" and what they own.</summary>
    private static readonly WordSet OwnedAdjectives = new(["normal", "usual", "regular", "daily", "favorite", "little", "older", "younger", "entire", "current", "previous"]);

    private static readonly WordSet Verbs = new(["is", "are", "was", "were", "will", "has", "have", "had", "would", "could"]);

    /// <summary>"The mother is was terminated": two forms of "be" side by side (the same one twice is a doubled word).</summary>
    private static readonly string[] BeFormWords = ["is", "was", "are", "were"];

    private static readonly WordSet BeForms = new(BeFormWords);

    /// <summary>"a grandfather who's grandson": family words owned after "whose".</summary>
    private static readonly WordSet FamilyNouns = new(["grandson", "granddaughter", "grandsons", "granddaughters", "niece", "nieces", "nephew", "nephews", "wife", "husband", "parents", "kids", "children", "son", "daughter"]);

    /// <summary>Words that follow "they are", never "their": "their excited" means "they're excited".</summary>
    private static readonly WordSet TheyAreWords = new(["excited", "going", "not", "so", "very", "happy", "ready", "doing", "working", "trying", "getting", "looking", "hoping", "grateful", "thankful", "all", "both", "still", "also", "able", "currently", "living", "staying", "in", "at"]);

    /// <summary>Words that follow "it is" or "it has", never "its": "Its been a hard year".</summary>
    private static readonly WordSet ItIsWords = new(["been", "a", "an", "the", "not", "going", "hard", "so", "very", "time", "getting", "important", "difficult", "been", "just", "too", "only", "okay", "ok"]);

    /// <summary>Nouns that "they" never comes before ("They couple felt isolated"): a slip for "the".</summary>
    private static readonly WordSet TheyNouns = new(["couple", "children", "kids", "family", "boys", "girls", "parents", "mother", "father", "baby", "house", "car"]);

    private static readonly WordSet Plurals = new(["women", "men", "children", "people", "kids", "parents"]);

    private static readonly string[] SubjectPronounWords = ["he", "she", "they", "we", "i"];

    private static readonly WordSet SubjectPronouns = new(SubjectPronounWords);

    /// <summary>Words that end a clause: "… about to come home he needs help".</summary>
    private static readonly WordSet ClauseEnders = new(["own", "home", "hard", "well", "now", "today", "tomorrow", "soon", "yesterday", "week", "month", "year", "back", "again", "here", "too", "together", "weekend", "tonight", "winter", "summer"]);

    private static readonly WordSet Determiners = new(["the", "a", "an", "his", "her", "their", "my", "our", "this", "that", "your", "its", "new", "own", "next", "last", "every", "each", "one", "same"]);

    private static readonly WordSet TimeWords = new(["last", "next", "this", "that", "every", "each", "one", "right"]);

    private static readonly WordSet Joiners = new(["and", "but", "so", "or", "then", "because", "when", "since", "until", "after", "before", "if", "while", "once", "as", "where", "that", "how", "what", "who", "which", "as"]);

    private static readonly WordSet RunOnVerbs = new(["needs", "need", "is", "are", "was", "were", "has", "have", "will", "can", "would", "wants", "could", "works", "just", "might", "must", "should", "am", "owe", "owes"]);

    public RuleInfo Info => RuleCatalog.Grammar;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var text = context.Text;
        foreach (var m in Patterns.MatchesIf(context.Mentions(" of"), CouldOf, text))
        {
            var modal = text.Substring(m.Index, m.Length - 3);
            findings.Add(Info.At(context, new TextSpan(m.Index, m.Length), $"{Info.Why} Write \"{modal} have\", not \"{modal} of\".", modal + " have"));
        }

        foreach (var m in Patterns.MatchesIf(context.Mentions("alot"), Alot, text))
        {
            findings.Add(Info.At(context, new TextSpan(m.Index, m.Length), $"{Info.Why} \"A lot\" is two words.", char.IsUpper(text[m.Index]) ? "A lot" : "a lot"));
        }

        for (var t = 0; t < context.Tokens.Count; t++)
        {
            if (context.IsWord(t))
            {
                CheckWord(context, t, findings);
            }
        }

        SoundsTheSame(context, findings);

        findings.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// The checks every word gets; the checks about listed words are in <see cref="CheckListedWord"/>, kept out of line
    /// with the findings' messages: their many text locals made this method clear a 1.5 KB frame for every word.
    /// </summary>
    private static void CheckWord(ReviewContext context, int t, List<Finding> findings)
    {
        var token = context.Tokens[t];

        if (context.IsWord(t - 1) && token.SpaceBefore && context.SameWord(t, t - 1) && !context.IsAny(t, AllowedDoubles) && !IsParticleThenPreposition(context, t) && context.Tokens[t - 1].End + 1 == token.Start)
        {
            AddWrittenTwice(context, t, findings);
            return;
        }

        // "when he was he was shot": two words written twice.
        if (context.IsWord(t - 2) && context.IsWord(t - 1) && context.IsWord(t + 1) && context.SameWord(t, t - 2)
            && context.SameWord(t + 1, t - 1) && token.SpaceBefore && !context.NewLineBefore(t) && !context.IsPunct(t + 2, '-'))
        {
            AddTwoWrittenTwice(context, t, findings);
            return;
        }

        var checks = ListedChecks.TryGetValue(context.Lower(t), context.LowerKey(t), out var listed) ? listed : Listed.None;
        if (checks == Listed.None)
        {
            if (token.SentenceStart)
            {
                AddsCapital(context, t, findings);
            }

            return;
        }

        CheckListedWord(context, t, checks, findings);
    }

    /// <summary>"getting by by the skin of my teeth", "come in in the morning": a verb's particle, then the same word as a preposition.</summary>
    private static bool IsParticleThenPreposition(ReviewContext context, int t) =>
        context.IsAny(t, "by", "in", "on", "over") && context.IsAny(t - 2, ParticleVerbs);

    private static readonly WordSet ParticleVerbs = new(["get", "gets", "got", "getting", "stop", "stops", "stopped", "come", "comes", "came", "coming", "drop", "dropped",
        "go", "goes", "went", "going", "pass", "passed", "swing", "stand", "stood", "move", "moved", "check", "checked", "hand", "handed", "turn", "turned"]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddWrittenTwice(ReviewContext context, int t, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        var span = TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End);
        findings.Add(info.At(context, span, $"{info.Why} \"{context.Original(t)}\" is written twice.", context.Original(t - 1).ToString()));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddTwoWrittenTwice(ReviewContext context, int t, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        var span = TextSpan.FromBounds(context.Tokens[t - 2].Start, context.Tokens[t + 1].End);
        var twice = context.Slice(TextSpan.FromBounds(context.Tokens[t - 2].Start, context.Tokens[t - 1].End));
        findings.Add(info.At(context, span, $"{info.Why} \"{twice}\" is written twice.", twice));
    }

    /// <summary>The checks about listed words ("they", "a", "there", be-forms …), in order; the first that fits adds its finding.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckListedWord(ReviewContext context, int t, Listed checks, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        var token = context.Tokens[t];

        // "They couple", "They children": "they" before a noun means "the".
        if (checks.HasFlag(Listed.TheyNoun) && context.IsAny(t + 1, TheyNouns) && !context.IsPunct(t + 2, '-') && !context.IsPunct(t + 2, '\''))
        {
            findings.Add(info.At(context, TextSpan.FromBounds(token.Start, context.Tokens[t + 1].End), $"{info.Why} Use \"the\" before a noun, not \"they\".", MatchCase("the", context.Original(t)) + " " + context.Original(t + 1).ToString()));
            return;
        }

        // "a women", "a children": "a" before a plural.
        if (checks.HasFlag(Listed.APlural) && context.IsAny(t + 1, Plurals) && !context.IsPunct(t + 2, '\'') && !context.IsPunct(t + 2, '\u2019') && !context.IsPunct(t + 2, '-'))
        {
            findings.Add(info.At(context, TextSpan.FromBounds(token.Start, context.Tokens[t + 1].End), $"{info.Why} \"{context.Original(t + 1)}\" is plural: \"a\" does not fit it."));
            return;
        }

        if (checks.HasFlag(Listed.BeTwice) && context.IsAny(t - 1, BeForms) && token.SpaceBefore && !context.NewLineBefore(t))
        {
            var span = TextSpan.FromBounds(context.Tokens[t - 1].Start, token.End);
            findings.Add(info.At(context, span, $"{info.Why} \"{context.Slice(span)}\" has two verbs where one belongs.", context.Original(t).ToString()));
            return;
        }

        if (AddsCapital(context, t, findings) || CheckWordForm(context, t, checks, findings))
        {
            return;
        }

        // "last months rent", "that months’ rent": one month's rent wants "month's".
        if (checks.HasFlag(Listed.TimeOwner) && context.IsAny(t - 1, "last", "this", "that", "next", "one", "each")
            && (context.IsAny(t + 1, TimeOwned) || ((context.IsPunct(t + 1, '\'') || context.IsPunct(t + 1, '\u2019')) && !context.Tokens[t + 1].SpaceBefore && context.IsAny(t + 2, TimeOwned))))
        {
            var singular = context.Original(t)[..^1].ToString();
            findings.Add(info.At(context, TextSpan.FromBounds(token.Start, context.Tokens[context.IsWord(t + 1) ? t : t + 1].End),
                $"{info.Why} One {singular}'s {context.Original(context.IsWord(t + 1) ? t + 1 : t + 2)} is written \"{singular}'s\".", singular + "'s"));
            return;
        }

        // "this families home", "my friends clothes", "the girls birthdays": a plural that owns the next word wants its apostrophe.
        if (checks.HasFlag(Listed.Possessor) && context.IsAny(t + 1, Possessed) && context.IsAny(t - 1, PossessorDeterminers)
            && (!context.Is(t + 1, "home") || context.IsAny(t - 1, "this", "that", "a", "each", "every")) && !context.NewLineBefore(t + 1))
        {
            findings.Add(info.At(context, TextSpan.FromBounds(token.Start, context.Tokens[t + 1].End),
                $"{info.Why} The {context.Original(t + 1)} belongs to the {context.Original(t)}: \"{context.Original(t)}\" needs its apostrophe."));
            return;
        }

        // "I hardly don't have any": two negatives where one belongs.
        if (checks.HasFlag(Listed.Hardly) && context.IsAny(t + 1, DoubleNegatives))
        {
            findings.Add(info.At(context, TextSpan.FromBounds(token.Start, context.Tokens[t + 1].End), $"{info.Why} \"{context.Original(t)}\" is already negative: leave out \"{context.Original(t + 1)}\"."));
            return;
        }

        if (checks.HasFlag(Listed.There) && (context.IsAny(t + 1, OwnedNouns) || (context.IsAny(t + 1, OwnedAdjectives) && context.IsWord(t + 2))) && !context.IsAny(t - 1, "is", "are", "was", "were", "no", "out", "over", "from"))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} Use \"their\" for what belongs to them.", MatchCase("their", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.There) && IsTheyAreWord(context, t + 1) && !context.IsAny(t - 1, "is", "are", "was", "were", "out", "over", "from", "in", "up", "down", "get", "got", "be", "been", "go", "went", "live", "lives", "stay", "stays", "working", "living", "staying"))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} Use \"they're\" (they are) here.", MatchCase("they're", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.WhoIs) && (context.IsAny(t + 1, OwnedNouns) || (context.IsAny(t + 1, "young", "little", "older", "younger", "oldest", "youngest") && (context.IsAny(t + 2, OwnedNouns) || context.IsAny(t + 2, FamilyNouns))) || context.IsAny(t + 1, FamilyNouns)))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} \"Who's\" means \"who is\": use \"whose\" for what belongs to someone.", MatchCase("whose", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.Theyre) && context.IsAny(t + 1, OwnedNouns) && !context.Is(t + 2, "enough"))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} \"They're\" means \"they are\": use \"their\" for what belongs to them.", MatchCase("their", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.Its) && context.IsAny(t + 1, ItIsWords))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} Use \"it's\" (it is, it has) here.", MatchCase("it's", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.Their) && context.IsAny(t + 1, TheyAreWords) && !(context.IsAny(t + 1, "very", "so", "all", "both", "still", "also") && context.IsWord(t + 2) && context.IsWord(t + 3))
                 && !(context.Is(t + 1, "living") && context.IsAny(t + 2, "expenses", "costs", "room", "rooms", "situation", "arrangements", "conditions", "space", "quarters", "wage")))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} Use \"they're\" (they are) here.", MatchCase("they're", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.Their) && context.IsAny(t + 1, Verbs))
        {
            findings.Add(info.At(context, token.Span, $"{info.Why} Use \"there\" here (\"there is\", \"there are\").", MatchCase("there", context.Original(t))));
        }
        else if (checks.HasFlag(Listed.RunOn) && IsRunOn(context, t))
        {
            var span = TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t + 1].End);
            var pronoun = context.Original(t).ToString();
            findings.Add(info.At(context, span, $"{info.Why} This runs two sentences together: end the first with a period.",
                $"{context.Original(t - 1)}. {char.ToUpperInvariant(pronoun[0])}{pronoun[1..]} {context.Original(t + 1)}"));
        }
    }

    /// <summary>A sentence that starts with a small letter (not after "e.g." or inside an address).</summary>
    private static bool AddsCapital(ReviewContext context, int t, List<Finding> findings)
    {
        var token = context.Tokens[t];
        if (!token.SentenceStart || !char.IsLower(context.Text[token.Start]) || AfterAbbreviation(context, t) || ReviewContext.AnyOverlap(context.Contacts, token.Span))
        {
            return false;
        }

        var original = context.Original(t).ToString();
        findings.Add(RuleCatalog.Grammar.At(context, token.Span, $"{RuleCatalog.Grammar.Why} Start each sentence with a capital letter.", char.ToUpperInvariant(original[0]) + original[1..]));
        return true;
    }

    /// <summary>"there still struggling", "there excited": words that only follow "they are".</summary>
    private static bool IsTheyAreWord(ReviewContext context, int t)
    {
        if (context.IsAny(t, "still", "excited", "happy", "ready", "grateful", "thankful", "so", "very", "not", "doing", "going", "trying", "working", "getting", "looking", "hoping", "struggling", "living", "staying", "known", "always", "never", "really", "having", "taking", "proud"))
        {
            return !context.Is(t, "still") || (context.IsWord(t + 1) && context.Lower(t + 1).EndsWith("ing"));
        }

        return false;
    }

    /// <summary>
    /// "… got her own place last week she needs …": a clause-ending word (or a time phrase such as "last week")
    /// followed by a new subject and verb, with no punctuation or joining word before the time phrase.
    /// </summary>
    private static bool IsRunOn(ReviewContext context, int t)
    {
        if (!context.IsAny(t, SubjectPronouns) || !context.IsWord(t - 1) || !context.IsAny(t + 1, RunOnVerbs) || context.Tokens[t].SentenceStart
            || !(context.IsAny(t - 1, ClauseEnders) || context.Lower(t - 1).EndsWith("ing")))
        {
            return false;
        }

        var before = t - 2;
        // "… how hard she is working she just needs …"
        if (context.Lower(t - 1).EndsWith("ing") && context.IsAny(t - 2, "is", "are", "was", "were", "been") && context.IsAny(t + 1, RunOnVerbs))
        {
            return true;
        }

        if (context.Is(t - 1, "own") && context.IsAny(t - 2, "her", "his", "their", "my", "our") && context.Is(t - 3, "on"))
        {
            return true; // "… on her own she has been …"
        }

        if (!context.IsAny(t - 1, ClauseEnders))
        {
            return false;
        }

        if (OpensWithSubordinator(context, t))
        {
            return false; // "When I got home I was tired": the first clause depends on the second
        }

        if (context.IsAny(before, "whole", "entire", "full") && context.IsAny(before - 1, "a", "the"))
        {
            return false; // "For a whole month they were living …": a time phrase that opens the sentence
        }

        if (context.IsAny(before, TimeWords))
        {
            before--; // "last week", "next month": look at what comes before the phrase
        }
        else if (context.IsAny(before, Determiners))
        {
            return false; // "the home she has": a noun and its relative clause
        }

        if (context.IsAny(before, RunOnPrepositions))
        {
            return false; // "all the help at home I need": a relative clause after a place
        }

        return before >= 0 && context.IsWord(before) && !context.IsAny(before, Joiners) && !context.Tokens[before + 1].SentenceStart;
    }

    private static readonly WordSet RunOnPrepositions = new(["at", "in", "on", "to", "from", "for", "with", "of", "by", "around", "near", "about"]);

    private static readonly WordSet Subordinators = new(["when", "whenever", "after", "before", "once", "if", "since", "because", "while", "as", "until", "although", "though", "unless"]);

    /// <summary>Whether the pronoun's clause (up to 15 words back, to the sentence's start or a comma) opens with a word such as "when" or "after".</summary>
    private static bool OpensWithSubordinator(ReviewContext context, int t)
    {
        for (var p = t - 2; p >= 0 && p >= t - 16; p--)
        {
            if (context.Tokens[p].SentenceStart || context.IsPunct(p - 1, ',') || context.IsPunct(p - 1, ';'))
            {
                return context.IsAny(p, Subordinators);
            }
        }

        return false;
    }

    /// <summary>Plurals of people that own things: "the girls birthdays" wants "girls'".</summary>
    private static readonly string[] PossessorWords = ["families", "girls", "boys", "friends", "kids", "sons", "daughters", "parents", "grandparents", "mothers", "fathers", "moms", "dads",
        "sisters", "brothers", "grandkids", "grandchildren", "nieces", "nephews"];

    /// <summary>
    /// The checks of <see cref="CheckListedWord"/> that can begin at each word, found with one lookup a token (before, each
    /// check compared the word itself): any other word skips them all. Keep it in
    /// step when a check is added: a check runs only at the words listed for it here.
    /// </summary>
    private static readonly WordMap<Listed> ListedChecks = ListedChecksOf([
        (Listed.TheyNoun, ["they"]),
        (Listed.APlural, ["a"]),
        (Listed.BeTwice, BeFormWords),
        (Listed.PronounVerb, ["he", "she", "they", "we", "you", "i"]),
        (Listed.Article, ["a", "an"]),
        (Listed.PronounCase, ["her", "him", "i"]),
        (Listed.SingularUnit, ["year", "month", "week", "day"]),
        (Listed.ApostrophePlural, ["were", "are", "have"]),
        (Listed.Perfect, HaveWordList), // GrammarRule.Agreement.cs
        (Listed.OnBehalf, ["behalf"]),
        (Listed.MuchMore, ["much"]),
        (Listed.MissingWord, [.. MissingWordTriggers, "has", "have", "had"]), // GrammarRule.MissingWords.cs
        (Listed.Counts, CountTriggers), // GrammarRule.Counts.cs
        (Listed.VerbForms, [.. VerbFormTriggers, "has", "had"]), // GrammarRule.VerbForms.cs
        (Listed.TimeOwner, ["months", "weeks", "years"]),
        (Listed.Possessor, PossessorWords),
        (Listed.Hardly, ["hardly", "barely", "scarcely"]),
        (Listed.There, ["there"]),
        (Listed.WhoIs, ["who's", "who\u2019s"]),
        (Listed.Theyre, ["they're", "they\u2019re"]),
        (Listed.Its, ["its"]),
        (Listed.Their, ["their"]),
        (Listed.RunOn, SubjectPronounWords),
        (Listed.ModalThenForm, [.. ModalWords, .. DidWordList]), // GrammarRule.Agreement.cs, to the end
        (Listed.HaveThenPast, HaveWordList),
        (Listed.BeThenPlain, ["be", "been"]),
        (Listed.RelativeAgreement, ["who", "which", "that"]),
        (Listed.ThisPlural, ["this", "each", "every", "another"]),
        (Listed.AndBeen, ["and"]),
        (Listed.BareFamilyWord, FamilyPrepositionWords),
        (Listed.OrdinalAge, ["th", "st", "nd", "rd"]),
        (Listed.OfWho, ["who"]),
        (Listed.MonthWithoutIn, MonthWordList),
        (Listed.CapitalAfterComma, CommaGoesOnWords),
        (Listed.NounAfterModal, NounsForVerbs),
        (Listed.PluralPossessive, ["childrens", "mens", "womens"]),
    ]);

    private static WordMap<Listed> ListedChecksOf(ReadOnlySpan<(Listed Check, string[] Words)> lists)
    {
        var map = new Dictionary<string, Listed>(StringComparer.Ordinal);
        foreach (var (check, words) in lists)
        {
            foreach (var word in words)
            {
                map[word] = map.GetValueOrDefault(word) | check;
            }
        }

        return new WordMap<Listed>(map);
    }

    [Flags]
    private enum Listed : ulong
    {
        None = 0,
        TheyNoun = 1UL << 0,
        APlural = 1UL << 1,
        BeTwice = 1UL << 2,
        PronounVerb = 1UL << 3,
        Article = 1UL << 4,
        PronounCase = 1UL << 5,
        SingularUnit = 1UL << 6,
        ApostrophePlural = 1UL << 7,
        Perfect = 1UL << 8,
        OnBehalf = 1UL << 9,
        MuchMore = 1UL << 10,
        MissingWord = 1UL << 11,
        Counts = 1UL << 12,
        VerbForms = 1UL << 13,
        TimeOwner = 1UL << 14,
        Possessor = 1UL << 15,
        Hardly = 1UL << 16,
        There = 1UL << 17,
        WhoIs = 1UL << 18,
        Theyre = 1UL << 19,
        Its = 1UL << 20,
        Their = 1UL << 21,
        RunOn = 1UL << 22,
        ModalThenForm = 1UL << 23,
        HaveThenPast = 1UL << 24,
        BeThenPlain = 1UL << 25,
        RelativeAgreement = 1UL << 26,
        ThisPlural = 1UL << 27,
        AndBeen = 1UL << 28,
        BareFamilyWord = 1UL << 29,
        OrdinalAge = 1UL << 30,
        OfWho = 1UL << 31,
        MonthWithoutIn = 1UL << 32,
        CapitalAfterComma = 1UL << 33,
        NounAfterModal = 1UL << 34,
        PluralPossessive = 1UL << 35,
    }

    /// <summary>What such a plural owns, never a verb after it ("the kids need" is fine; "home" only after "this", "a": "drive the boys home").</summary>
    private static readonly WordSet Possessed = new(["home", "house", "situation", "clothes", "clothing", "shoe", "shoes", "birthday", "birthdays", "room", "rooms", "bedroom", "bedrooms",
        "father", "mother", "dad", "mom", "toys", "beds", "bed", "car", "life", "bikes", "bike", "coats", "jackets", "teacher", "teachers", "future", "health", "safety", "belongings", "rent"]);

    private static readonly WordSet PossessorDeterminers = new(["the", "my", "her", "his", "their", "our", "your", "this", "that", "a", "each", "every", "these", "those"]);

    /// <summary>What a month's or a week's money is: "last month's rent", "this week's pay".</summary>
    private static readonly WordSet TimeOwned = new(["rent", "bill", "bills", "pay", "paycheck", "paychecks", "wages", "salary", "income", "payment", "payments", "check", "groceries", "mortgage"]);

    private static readonly WordSet DoubleNegatives = new(["don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "never", "no", "not", "can't", "can’t", "won't", "won’t", "wasn't", "wasn’t"]);

    /// <summary>"(sofa, end tables? bookshelves …)": a question mark inside brackets on one line asks about an item, the list goes on.</summary>
    private static bool InsideBrackets(ReviewContext context, int p)
    {
        for (var b = p - 1; b >= 0 && b >= p - 40; b--)
        {
            if (context.IsPunct(b, ')') || context.NewLineBefore(b + 1))
            {
                return false;
            }

            if (context.IsPunct(b, '('))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterAbbreviation(ReviewContext context, int t)
    {
        if (t == 0)
        {
            return false;
        }

        var p = t - 1;
        if (!context.IsPunct(p, '.'))
        {
            return !(context.IsPunct(p, '!') || context.IsPunct(p, '?')) || (context.IsPunct(p, '?') && InsideBrackets(context, p));
        }

        if (context.IsPunct(p - 1, '.') && context.IsPunct(p - 2, '.'))
        {
            return true; // "help... donations of clothes": a sentence goes on after an ellipsis
        }

        var w = p - 1;
        if (!context.IsWord(w))
        {
            return false;
        }

        var start = context.Tokens[w].Start;
        if (context.IsPunct(w - 1, '.') && context.IsWord(w - 2) && !context.Tokens[w - 1].SpaceBefore)
        {
            start = context.Tokens[w - 2].Start; // "e.g", "a.m"
        }

        if (start != context.Tokens[w].Start && context.Tokens[w].Length == 1 && context.Tokens[w - 2].Length == 1)
        {
            return true; // "the U.S. from", "a.m.": letters with stops are an abbreviation
        }

        if (context.Tokens[w].Length == 1 && char.IsUpper(context.Text[context.Tokens[w].Start]) && context.IsPunct(w - 1, '.') && context.IsAny(w - 2, "mr", "mrs", "ms", "miss", "dr"))
        {
            return true; // "Ms. M. is worried": an initial after a title (FORMAT.md judgement call 3)
        }

        var abbreviation = context.LowerText.AsSpan(start, context.Tokens[w].End - start);
        foreach (var a in Abbreviations)
        {
            if (abbreviation.SequenceEqual(a))
            {
                return true;
            }
        }

        return false;
    }

    private static string MatchCase(string word, ReadOnlySpan<char> original) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}

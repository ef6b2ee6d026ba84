using System.Runtime.CompilerServices;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// A word left out or one too many, which the words beside it show: "has struggling" ("has been struggling"), "it obvious"
/// opening a clause ("it is obvious"), "due a broken leg" ("due to"), "ended being" ("ended up being"), "but thankfully
/// but", a noun written for its verb ("she setup a plan": "set up"), "a part of" run together ("apart of"), a plural of
/// people with a singular verb ("people who is"); and words that sound the same from <c>Data/confusions.tsv</c>
/// ("couldn't bare to see").
/// </summary>
internal sealed partial class GrammarRule
{
    /// <summary>Words after "has …ing" that show a verb goes on there ("has struggling with"), never a noun it describes ("has running water").</summary>
    private static readonly WordSet AfterProgressive = new([
        "with", "to", "for", "in", "on", "at", "since", "because", "and", "but", "so", "or", "a", "an", "the", "his", "her", "their", "my", "our",
        "this", "that", "these", "those", "through", "from", "about", "lately", "hard", "really", "very", "all", "out", "up", "down", "back", "around",
        "without", "every", "each", "more", "full", "part", "as", "him", "them", "me", "us", "it", "financially",
    ]);

    /// <summary>-ing words that name a thing or an activity although no common-word list holds them: "has counseling on Tuesdays".</summary>
    private static readonly WordSet IngNouns = new(["counseling", "counselling", "learning", "tutoring", "schooling", "visiting", "mentoring"]);

    /// <summary>Words an "it" opening a clause takes only after a verb: "it obvious" wants "it is obvious".</summary>
    private static readonly WordSet ItAdjectives = new([
        "obvious", "clear", "hard", "difficult", "important", "impossible", "easy", "tough", "true", "necessary", "possible",
        "sad", "scary", "heartbreaking", "overwhelming", "unfair", "hopeless", "apparent", "evident", "challenging", "stressful", "frustrating",
        "painful", "unclear", "crucial", "essential", "urgent", "expensive",
    ]);

    /// <summary>Words that open a clause before its subject: "because it hard" lacks its verb, "makes it hard" does not.</summary>
    private static readonly WordSet ClauseOpeners = new(["and", "but", "so", "because", "since", "although", "though", "if", "when", "as", "while", "that", "now"]);

    private static readonly WordSet DueOwners = new(["a", "an", "his", "her", "their", "my", "our", "the", "this", "its"]);

    /// <summary>What comes before "due" when it says when something is owed ("rent is due the first"): no "to" is missing.</summary>
    private static readonly WordSet DueWhen = new([
        "is", "was", "are", "were", "be", "been", "being", "now", "past", "also", "still", "rent", "payment", "payments", "bill", "bills", "balance", "amount",
        "fee", "fees", "deposit", "taxes", "were", "not", "overdue", "money",
    ]);

    /// <summary>After "due the …": a date or a time, not a cause ("due the first of the month", "due the 5th").</summary>
    private static readonly WordSet DueDates = new(["first", "end", "beginning", "next", "following", "same", "week", "month", "day", "year", "few", "couple", "middle"]);

    /// <summary>Nouns written for the verb of two words ("she setup a plan"): the verb meant.</summary>
    private static readonly WordMap<string> NounForVerb = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["setup"] = "set up", ["pickup"] = "pick up", ["cleanup"] = "clean up", ["checkout"] = "check out", ["signup"] = "sign up",
        ["followup"] = "follow up", ["backup"] = "back up", ["dropoff"] = "drop off", ["workout"] = "work out", ["login"] = "log in",
        ["payoff"] = "pay off", ["breakup"] = "break up", ["layoff"] = "lay off",
    });

    /// <summary>What stands before a verb, never before a noun: "she setup", "will pickup", "please signup".</summary>
    private static readonly WordSet VerbOpeners = new([
        "i", "he", "she", "we", "they", "you", "will", "would", "can", "could", "should", "must", "might", "please", "didn't", "don't", "can't", "won't",
        "couldn't", "didn’t", "don’t", "can’t", "won’t", "couldn’t", "cannot", "also", "then",
    ]);

    /// <summary>Words before "to" that want a verb after it: "able to setup", "trying to pickup".</summary>
    private static readonly WordSet WantsVerb = new([
        "able", "unable", "trying", "try", "tries", "tried", "want", "wants", "wanted", "need", "needs", "needed", "help", "helps", "helped", "going",
        "plan", "plans", "planned", "hoping", "hope", "hopes", "how", "have", "has", "had",
    ]);

    /// <summary>Plurals of people, and "you": "people who is" wants "are".</summary>
    private static readonly WordSet PeoplePlurals = new([
        "people", "children", "kids", "parents", "families", "boys", "girls", "men", "women", "grandparents", "siblings", "brothers", "sisters",
        "sons", "daughters", "grandchildren", "grandkids", "students", "adults", "teens", "teenagers", "twins", "residents", "neighbors",
        "volunteers", "members", "friends", "veterans", "seniors", "you",
    ]);

    /// <summary>A singular verb and the form a plural takes.</summary>
    private static readonly WordMap<string> PluralVerbs = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["is"] = "are", ["was"] = "were", ["has"] = "have", ["needs"] = "need", ["wants"] = "want", ["lives"] = "live", ["works"] = "work",
        ["loves"] = "love", ["does"] = "do", ["isn't"] = "aren't", ["wasn't"] = "weren't", ["hasn't"] = "haven't", ["doesn't"] = "don't",
        ["isn’t"] = "aren’t", ["wasn’t"] = "weren’t", ["hasn’t"] = "haven’t", ["doesn’t"] = "don’t",
    });

    /// <summary>Verbs that say something to someone: "told the children that was the rule" ("that" starts what was said).</summary>
    private static readonly WordSet TellingVerbs = new([
        "told", "tell", "tells", "telling", "showed", "show", "shows", "taught", "teach", "teaches", "reminded", "remind", "reminds", "promised",
        "promise", "assured", "assure", "assures", "asked", "ask", "warned", "warn", "informed", "inform", "convinced", "thank", "thanks",
    ]);

    private static readonly WordSet EndVerbs = new(["ended", "end", "ends"]);

    private static readonly WordSet AfterEnded = new(["being", "having", "going", "getting", "staying", "living", "moving", "losing", "spending", "paying", "needing", "taking", "sleeping"]);

    /// <summary>The words this file's checks start from; <see cref="ListedChecks"/> lists them (a property: read once, whatever order the files' fields start in).</summary>
    private static string[] MissingWordTriggers => [
        "it", "due", "but", "who", "that", "apart", "ended", "end", "ends", "setup", "pickup", "cleanup", "checkout", "signup", "followup", "backup",
        "dropoff", "workout", "login", "payoff", "breakup", "layoff",
    ];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckMissingWord(ReviewContext context, int t, List<Finding> findings) =>
        (context.IsAny(t, HasItDue) && (HasWithoutBeen(context, t, findings) || ItWithoutVerb(context, t, findings) || DueWithoutTo(context, t, findings)))
        || EndedWithoutUp(context, t, findings) || (context.Is(t, "but") && ConjunctionTwice(context, t, findings)) || NounForItsVerb(context, t, findings)
        || (context.IsAny(t, ApartWhoThat) && (APartOf(context, t, findings) || PeopleWithSingularVerb(context, t, findings)));

    // The words the checks of a group begin with, looked up once before the group's checks are called (each runs on every token).
    private static readonly WordSet HasItDue = new(["has", "have", "had", "it", "due"]);

    private static readonly WordSet ApartWhoThat = new(["apart", "who", "that"]);

    /// <summary>"his wife has struggling with her health": "has" before a verb's -ing form wants "been" between them.</summary>
    private static bool HasWithoutBeen(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, "has", "have", "had") || !context.IsWord(t + 1) || context.NewLineBefore(t + 1) || !IsVerbOnlyIng(context, t + 1)
            || !(t + 2 >= context.Tokens.Count || IsClauseEnd(context, t + 2) || context.IsAny(t + 2, AfterProgressive) || context.IsAny(t + 2, Counts)))
        {
            return false;
        }

        return AddMissingBetween(context, t, "been", findings);
    }

    /// <summary>"struggling", "trying": the -ing form of a common verb that no word list holds as a noun ("clothing", "housing" are nouns).</summary>
    private static bool IsVerbOnlyIng(ReviewContext context, int t)
    {
        var word = context.Lower(t);
        if (word.Length < 6 || !word.EndsWith("ing", StringComparison.Ordinal) || context.Lexicon.Common.Contains(word, context.LowerKey(t))
            || context.IsAny(t, IngNouns) || !char.IsAsciiLetterLower(context.Text[context.Tokens[t].Start]))
        {
            return false;
        }

        var stem = word[..^3];
        var common = context.Lexicon.Common;
        if (common.Contains(stem) || (stem.Length > 2 && stem[^1] == stem[^2] && common.Contains(stem[..^1])))
        {
            return true;
        }

        Span<char> withE = stackalloc char[stem.Length + 1];
        stem.CopyTo(withE);
        withE[^1] = 'e';
        return common.Contains(withE);
    }

    /// <summary>"…, it obvious you do not have enough": an "it" opening a clause, then a word that wants "is" before it.</summary>
    private static bool ItWithoutVerb(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "it") || !context.IsAny(t + 1, ItAdjectives) || context.NewLineBefore(t + 1) || context.IsPunct(t + 2, '-')
            || !(context.Tokens[t].SentenceStart || context.IsPunct(t - 1, ',') || context.IsPunct(t - 1, ';') || context.IsAny(t - 1, ClauseOpeners)))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var be = TellsOfThePast(context, t) ? "was" : "is";
        var fix = $"{context.Original(t)} {be} {context.Original(t + 1)}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End), $"{info.Why} A verb is missing: \"{fix}\".", fix));
        return true;
    }

    /// <summary>Whether the sentence around a token tells of the past: "was", "were", "had", "did", or an -ed verb after its subject ("Mom worked").</summary>
    private static bool TellsOfThePast(ReviewContext context, int t)
    {
        var (first, last) = context.SentenceOf(t);
        for (var p = first; p <= last; p++)
        {
            if (context.IsAny(p, "was", "were", "had", "did")
                || (p > first && context.Lower(p).EndsWith("ed", StringComparison.Ordinal) && !context.Lexicon.Common.Contains(context.Lower(p), context.LowerKey(p)) && (context.IsAny(p - 1, SubjectPronouns) || context.IsCapitalised(p - 1))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in the hospital due a broken leg": a cause after "due" wants "to"; not "rent is due the first".</summary>
    private static bool DueWithoutTo(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "due") || !context.IsAny(t + 1, DueOwners) || context.IsAny(t - 1, DueWhen) || !context.IsWord(t - 1) || context.NewLineBefore(t + 1)
            || !context.IsWord(t + 2) || context.IsAny(t + 2, DueDates) || context.Lower(t - 1).EndsWith("'s", StringComparison.Ordinal)
            || context.Lower(t - 1).EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"{context.Original(t)} to {context.Original(t + 1)}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End), $"{info.Why} \"Due\" before a cause wants \"to\": \"{fix}\".", fix));
        return true;
    }

    /// <summary>Adds "a word is missing" for the word left out between token <paramref name="t"/> and the next, with the fix.</summary>
    private static bool AddMissingBetween(ReviewContext context, int t, string missing, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        var fix = $"{context.Original(t)} {missing} {context.Original(t + 1)}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End), $"{info.Why} A word is missing: \"{fix}\".", fix));
        return true;
    }

    /// <summary>"She ended being out of work": "ended up being".</summary>
    private static bool EndedWithoutUp(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, EndVerbs) || !context.IsAny(t + 1, AfterEnded) || context.IsAny(t - 1, "the", "a", "an", "this", "that", "to", "no") || context.NewLineBefore(t + 1))
        {
            return false;
        }

        return AddMissingBetween(context, t, "up", findings);
    }

    /// <summary>"but thankfully but she survived": the same joining word before and after one adverb.</summary>
    private static bool ConjunctionTwice(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, "but") || !context.IsWord(t + 1) || !context.Lower(t + 1).EndsWith("ly", StringComparison.Ordinal) || !context.SameWord(t, t + 2))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"{context.Original(t)} {context.Original(t + 1)}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 2].End),
            $"{info.Why} \"{context.Original(t)}\" is written twice around \"{context.Original(t + 1)}\".", fix));
        return true;
    }

    /// <summary>"she setup payment plans": the noun written for the verb, which is two words ("set up").</summary>
    private static bool NounForItsVerb(ReviewContext context, int t, List<Finding> findings)
    {
        if (!NounForVerb.TryGetValue(context.Lower(t), context.LowerKey(t), out var verb) || context.NewLineBefore(t)
            || !(context.IsAny(t - 1, VerbOpeners) || (context.Is(t - 1, "to") && context.IsAny(t - 2, WantsVerb))) || context.IsPunct(t + 1, '-'))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = char.IsUpper(context.Text[context.Tokens[t].Start]) ? char.ToUpperInvariant(verb[0]) + verb[1..] : verb;
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} \"{context.Original(t)}\" is a noun; the verb is two words: \"{fix}\".", fix));
        return true;
    }

    /// <summary>"to be apart of the family": "a part of".</summary>
    private static bool APartOf(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "apart") || !context.Is(t + 1, "of") || context.IsAny(t - 1, "far", "miles", "feet", "years", "worlds"))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase("a part", context.Original(t));
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} \"Apart\" means separated: belonging is \"{fix} of\".", fix));
        return true;
    }

    /// <summary>"people like you that is willing", "the kids who needs": a plural of people takes the plural verb.</summary>
    private static bool PeopleWithSingularVerb(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, "who", "that") || !context.IsAny(t - 1, PeoplePlurals) || !context.IsWord(t + 1) || context.NewLineBefore(t)
            || !PluralVerbs.TryGetValue(context.Lower(t + 1), context.LowerKey(t + 1), out var plural) || context.IsAny(t - 2, TellingVerbs)
            || (context.IsAny(t - 2, PossessorDeterminers) && context.IsAny(t - 3, TellingVerbs))
            || (context.Is(t, "that") && context.IsAny(t - 2, "so", "such")))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"{context.Original(t)} {plural}";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End),
            $"{info.Why} \"{context.Original(t - 1)}\" are more than one: the verb is \"{plural}\".", fix));
        return true;
    }

    /// <summary>Words that sound the same as the word meant, from <c>Data/confusions.tsv</c> ("couldn't bare to see"); the typos there are the spelling rule's.</summary>
    private static void SoundsTheSame(ReviewContext context, List<Finding> findings)
    {
        var info = RuleCatalog.Grammar;
        foreach (var match in context.Lexicon.Confusions.Matches(context))
        {
            var (index, meant, soundsSame) = match.Phrase.Value;
            if (!soundsSame)
            {
                continue;
            }

            var t = match.FirstToken;
            for (var seen = 0; seen < index; t++)
            {
                seen += context.IsWord(t + 1) ? 1 : 0;
            }

            var replacement = MatchCase(meant, context.Original(t));
            findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} A word that sounds like the one meant: did you mean \"{replacement}\"?", replacement));
        }
    }
}

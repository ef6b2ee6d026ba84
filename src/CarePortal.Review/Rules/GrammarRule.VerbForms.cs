using System.Runtime.CompilerServices;
using CarePortal.Review.Text;

namespace CarePortal.Review.Rules;

/// <summary>
/// Verb forms that the word before them decides: a contraction that does not agree with its pronoun ("she don't", "they
/// wasn't"), a modal or "did" before a form other than the plain verb ("will needs", "didn't needed", "could been"),
/// "going" or "trying" without "to" ("going be"), "your" for "you're" ("your a blessing").
/// </summary>
internal sealed partial class GrammarRule
{
    /// <summary>After "he", "she" (or "it"): the contraction meant.</summary>
    private static readonly WordMap<string> ThirdPersonContractions = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["don't"] = "doesn't", ["don’t"] = "doesn’t", ["haven't"] = "hasn't", ["haven’t"] = "hasn’t", ["aren't"] = "isn't", ["aren’t"] = "isn’t",
    });

    /// <summary>After "they", "we", "you" (and "I" for the first two): the contraction meant.</summary>
    private static readonly WordMap<string> PluralContractions = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["doesn't"] = "don't", ["doesn’t"] = "don’t", ["hasn't"] = "haven't", ["hasn’t"] = "haven’t", ["wasn't"] = "weren't", ["wasn’t"] = "weren’t",
        ["isn't"] = "aren't", ["isn’t"] = "aren’t",
    });

    private static readonly WordSet Modals = new(ModalWords);

    private static string[] ModalWords => [
        "will", "would", "can", "could", "should", "must", "might", "won't", "won’t", "can't", "can’t", "couldn't", "couldn’t", "wouldn't", "wouldn’t",
        "shouldn't", "shouldn’t", "cannot",
    ];

    private static readonly WordSet DidWords = new(DidWordList);

    private static string[] DidWordList => ["did", "didn't", "didn’t", "does", "doesn't", "doesn’t", "don't", "don’t"];

    /// <summary>Forms that never follow a modal or "did": the -s and past forms of common verbs, with the plain verb.</summary>
    private static readonly WordMap<string> NotPlainForms = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["needs"] = "need", ["wants"] = "want", ["gets"] = "get", ["pays"] = "pay", ["helps"] = "help", ["takes"] = "take", ["makes"] = "make",
        ["has"] = "have", ["goes"] = "go", ["likes"] = "like", ["loves"] = "love", ["receives"] = "receive", ["lives"] = "live",
        ["needed"] = "need", ["wanted"] = "want", ["received"] = "receive", ["asked"] = "ask", ["helped"] = "help", ["liked"] = "like",
        ["loved"] = "love", ["tried"] = "try", ["paid"] = "pay", ["took"] = "take", ["got"] = "get", ["went"] = "go", ["came"] = "come",
        ["gave"] = "give", ["had"] = "have", ["knew"] = "know", ["lived"] = "live", ["moved"] = "move", ["lost"] = "lose",
    });

    /// <summary>Plain verbs after "going" or "trying", which want "to" before them: "going be", "trying get".</summary>
    private static readonly WordSet ToVerbs = new([
        "be", "have", "get", "make", "take", "go", "do", "pay", "keep", "find", "buy", "move", "start", "stay", "work", "live", "provide", "give",
        "see", "afford", "cover", "finish", "save", "need", "put",
    ]);

    /// <summary>
    /// What follows "you're", never "your": "your a blessing", "if your able", "your going to love it" ("your welcome" is in
    /// confusions.tsv); not "your very own", "your so-called", "your making a gift" (a possessive before an -ing word).
    /// </summary>
    private static readonly WordSet AfterYouAre = new(["a", "an", "the", "not", "able", "always", "never", "willing", "interested", "unable"]);

    private static string[] VerbFormTriggers => [
        "don't", "don’t", "haven't", "haven’t", "aren't", "aren’t", "doesn't", "doesn’t", "hasn't", "hasn’t", "wasn't", "wasn’t", "isn't", "isn’t",
        "going", "trying", "your", "been", "no", "me", .. NotPlainFormWords,
    ];

    private static string[] NotPlainFormWords => [
        "needs", "wants", "gets", "pays", "helps", "takes", "makes", "goes", "likes", "loves", "receives", "lives", "needed", "wanted", "received",
        "asked", "helped", "liked", "loved", "tried", "paid", "took", "got", "went", "came", "gave", "knew", "lived", "moved", "lost",
    ];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckVerbForms(ReviewContext context, int t, List<Finding> findings) =>
        (context.IsAny(t - 1, ContractionSubjects) && ContractionAgreement(context, t, findings)) || PlainAfterModal(context, t, findings)
        || (context.IsAny(t, VerbFormWords) && (ModalBeen(context, t, findings) || GoingWithoutTo(context, t, findings) || YourForYoureA(context, t, findings)
            || DoubleNegative(context, t, findings) || MeAndFirst(context, t, findings)));

    // The words the checks begin with, looked up once a token before any check is called (each is a pass over every token).
    private static readonly WordSet ContractionSubjects = new(["he", "she", "they", "we", "you", "i"]);

    private static readonly WordSet VerbFormWords = new(["been", "going", "trying", "your", "no", "me"]);

    private static readonly WordSet NegativeVerbs = new([
        "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "can't", "can’t", "couldn't", "couldn’t", "won't", "won’t", "never", "ain't", "ain’t",
    ]);

    /// <summary>"she didn't have no help": one negative is enough ("any").</summary>
    private static bool DoubleNegative(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "no") || !context.IsAny(t - 1, "have", "has", "had", "get", "got", "need", "want", "know", "see", "find", "receive") || !context.IsAny(t - 2, NegativeVerbs)
            || context.NewLineBefore(t) || context.IsPunct(t + 1, '-'))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var one = context.Is(t + 1, "one");
        var span = one ? TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 1].End) : context.Tokens[t].Span;
        var fix = one ? "anyone" : "any";
        findings.Add(info.At(context, span, $"{info.Why} \"{context.Original(t - 2)}\" is already negative: \"{fix}\", not \"{context.Slice(span)}\".", fix));
        return true;
    }

    private static readonly WordSet MeAndOwners = new(["my", "our", "the"]);

    private static readonly WordSet MeAndVerbs = new(["are", "were", "have", "had", "live", "lived", "need", "needed", "want", "go", "went", "love", "moved", "got", "will", "would", "can", "could", "do", "don't", "don’t", "did", "didn't", "didn’t", "stay", "stayed", "share", "sleep"]);

    /// <summary>"Me and my kids are grateful": the subject is "My kids and I".</summary>
    private static bool MeAndFirst(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "me") || !context.Tokens[t].SentenceStart || !context.Is(t + 1, "and") || !context.IsAny(t + 2, MeAndOwners) || !context.IsWord(t + 3)
            || !context.IsAny(t + 4, MeAndVerbs) || context.NewLineBefore(t + 4))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var owner = context.Original(t + 2);
        var fix = $"{char.ToUpperInvariant(owner[0])}{owner[1..]} {context.Original(t + 3)} and I";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t].Start, context.Tokens[t + 3].End), $"{info.Why} The subject of a sentence is \"I\", not \"me\": \"{fix}\".", fix));
        return true;
    }

    /// <summary>"she don't have a bed", "they wasn't told": the contraction that agrees with the pronoun.</summary>
    private static bool ContractionAgreement(ReviewContext context, int t, List<Finding> findings)
    {
        var pronoun = t - 1;
        if (!context.IsWord(pronoun) || !context.Tokens[t].SpaceBefore || context.NewLineBefore(t))
        {
            return false;
        }

        string? meant = null;
        if (context.IsAny(pronoun, "he", "she"))
        {
            ThirdPersonContractions.TryGetValue(context.Lower(t), context.LowerKey(t), out meant);
        }
        else if (context.IsAny(pronoun, "they", "we", "you") || (context.Is(pronoun, "i") && !context.IsAny(t, "wasn't", "wasn’t")))
        {
            PluralContractions.TryGetValue(context.Lower(t), context.LowerKey(t), out meant);
            if (context.Is(pronoun, "i") && meant is "aren't" or "aren’t")
            {
                meant = null; // "I isn't" wants "I'm not", not "I aren't"
            }
        }

        if (meant is null)
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase(meant, context.Original(t));
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[pronoun].Start, context.Tokens[t].End),
            $"{info.Why} After \"{context.Original(pronoun)}\" the verb is \"{fix}\".", $"{context.Original(pronoun)} {fix}"));
        return true;
    }

    /// <summary>"she will needs a bed", "he didn't received it": after a modal or "did" the verb is plain.</summary>
    private static bool PlainAfterModal(ReviewContext context, int t, List<Finding> findings)
    {
        if (!NotPlainForms.TryGetValue(context.Lower(t), context.LowerKey(t), out var plain) || !context.Tokens[t].SpaceBefore || context.NewLineBefore(t)
            || context.IsPunct(t + 1, '-') || !(context.IsAny(t - 1, Modals) || (context.IsAny(t - 1, DidWords) && !context.IsAny(t, "has", "had"))))
        {
            return false;
        }

        if (context.IsAny(t - 1, "will", "can", "must", "might") && (t - 1 == 0 || context.Tokens[t - 1].SentenceStart || context.IsAny(t - 2, ModalNounOwners)))
        {
            return false; // "free will", "the will made", "the trash can needs a lid"
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase(plain, context.Original(t));
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End),
            $"{info.Why} After \"{context.Original(t - 1)}\" the verb is \"{fix}\".", $"{context.Original(t - 1)} {fix}"));
        return true;
    }

    /// <summary>"she could been hurt": "could have been".</summary>
    private static bool ModalBeen(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "been") || !context.IsAny(t - 1, "could", "would", "should", "must", "might", "may") || !context.Tokens[t].SpaceBefore || context.NewLineBefore(t))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = $"{context.Original(t - 1)} have been";
        findings.Add(info.At(context, TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End), $"{info.Why} A word is missing: \"{fix}\".", fix));
        return true;
    }

    /// <summary>"she is going be evicted", "trying get a job": "to" before the verb.</summary>
    private static bool GoingWithoutTo(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.IsAny(t, "going", "trying") || !context.IsAny(t + 1, ToVerbs) || context.NewLineBefore(t + 1) || context.IsPunct(t + 2, '-'))
        {
            return false;
        }

        return AddMissingBetween(context, t, "to", findings);
    }

    /// <summary>"your a blessing", "if your able": "you're" (you are).</summary>
    private static bool YourForYoureA(ReviewContext context, int t, List<Finding> findings)
    {
        if (!context.Is(t, "your") || !(context.IsAny(t + 1, AfterYouAre) || (context.Is(t + 1, "going") && context.Is(t + 2, "to"))) || context.NewLineBefore(t + 1)
            || context.IsPunct(t + 2, '-'))
        {
            return false;
        }

        var info = RuleCatalog.Grammar;
        var fix = MatchCase("you're", context.Original(t));
        findings.Add(info.At(context, context.Tokens[t].Span, $"{info.Why} Use \"{fix}\" (you are) here.", fix));
        return true;
    }
}

using System.Text.RegularExpressions;
using CarePortal.Review.Rules;
using CarePortal.Review.Text;

namespace CarePortal.Review;

/// <summary>
/// Reviews a request description against the seven best practices. Thread-safe; build once and share.
/// </summary>
public sealed class Reviewer
{
    private static readonly Lazy<Reviewer> DefaultInstance = new(() => new Reviewer(new ReviewerOptions()));

    private readonly IRule[] rules =
    [
        new ConfidentialNameRule(), new ConfidentialAddressRule(), new ConfidentialContactRule(), new ConfidentialIdRule(),
        new ConfidentialServiceRule(), new ChildDetailsUnneededRule(), new JargonRule(), new CashRequestRule(), new GasCardRule(),
        new DeficitLanguageRule(), new StrengthsMissingRule(), new SpellingRule(), new GrammarRule(), new PrivateDetailRule(),
        new DetailsMissingRule(), new ConnectionMissingRule(),
    ];

    /// <summary>The rules that find spans in the text; a fix is checked again with these alone (the others judge the whole description).</summary>
    private readonly IRule[] spanRules;

    private readonly Lexicon lexicon;
    private readonly Glossary glossary;
    private readonly Dictionary<string, NeedTemplate> needs;
    private readonly int maxTextLength;
    private readonly NeedCheck[] sharedChecks;
    private readonly WordListIndex wordLists;
    private readonly PhraseStartIndex phraseIndex;

    /// <summary>The reviewer with the built-in data only, loaded on first use.</summary>
    public static Reviewer Default => DefaultInstance.Value;

    /// <exception cref="ArgumentException">An agency data file cannot be read or is not valid.</exception>
    public Reviewer(ReviewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lexicon = Lexicon.Shared;
        glossary = Glossary.Load(options.GlossaryFiles);
        needs = NeedTemplates.Load(options.NeedTemplateFiles);
        sharedChecks = needs.Values.SelectMany(n => n.Checks.Where(c => c.Shared)).DistinctBy(c => c.Id).ToArray();
        wordLists = new WordListIndex(needs.Values.SelectMany(n => n.Checks).Concat(sharedChecks).SelectMany(c => c.When).Select(w => w.Words).OfType<WordListPattern>());
        phraseIndex = new PhraseStartIndex([lexicon.Confusions, lexicon.DeficitLabels, lexicon.Strengths, lexicon.AgeItems, lexicon.Brands, lexicon.Services, glossary.Phrases]);
        maxTextLength = options.MaxTextLength;
        spanRules = rules.Where(r => r is not (StrengthsMissingRule or DetailsMissingRule or ConnectionMissingRule)).ToArray();
    }

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleInfo> Rules => RuleCatalog.All;

    /// <summary>The needs this reviewer knows (clothing, rent, …).</summary>
    public IReadOnlyCollection<string> Needs => needs.Keys;

    /// <summary>The jargon glossary in use, built-in terms and the agency's.</summary>
    public IReadOnlyList<GlossaryTerm> GlossaryTerms => glossary.Terms;

    /// <summary>
    /// Runs one rule with its patterns' time bound. A pattern's first match in a process includes compiling its code, which on
    /// a loaded machine can pass the bound on ordinary text, and a rule has several patterns, each compiled on its first
    /// match: so a rule that runs out of time is run again while each time a pattern runs out that had not before (its code
    /// is ready then), up to <see cref="MostAttempts"/> runs. The same pattern out of time twice is the text, not the start.
    /// </summary>
    /// <returns>False when the rule could not finish: its findings are then one that says so.</returns>
    internal static bool CheckWithinTime(IRule rule, ReviewContext context, List<Finding> findings)
    {
        List<string>? outOfTime = null;
        for (var attempt = 0; attempt < MostAttempts; attempt++)
        {
            var before = findings.Count;
            try
            {
                rule.Check(context, findings);
                return true;
            }
            catch (RegexMatchTimeoutException e)
            {
                findings.RemoveRange(before, findings.Count - before);
                outOfTime ??= [];
                if (outOfTime.Contains(e.Pattern))
                {
                    break;
                }

                outOfTime.Add(e.Pattern);
            }
        }

        // Fail closed: a check that did not finish must not pass the description as if it had found nothing (a phone
        // number on a machine too busy to look for it).
        findings.Add(rule.Info.Document(context, $"{rule.Info.Why} This check could not finish in time, so the description is not cleared: review it again."));
        return false;
    }

    /// <summary>How many times a rule is run at most when its patterns run out of time, each time another one.</summary>
    internal const int MostAttempts = 4;

    /// <summary>Whether children's ages, sizes and gender belong in a request of this need.</summary>
    public bool IsAgeAppropriate(string need) => NeedOf(need).AgeAppropriate;

    /// <summary>Reviews <paramref name="text"/> for a request of <paramref name="need"/>.</summary>
    /// <exception cref="ArgumentException">The need is unknown or the text is longer than allowed.</exception>
    public ReviewResult Review(string text, string need) => Review(new ReviewRequest(text, need));

    /// <summary>Reviews a request's description with the items it asks for (children's ages belong where the items depend on them).</summary>
    /// <exception cref="ArgumentException">The need is unknown or the text is longer than allowed.</exception>
    public ReviewResult Review(ReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (text, need) = (request.Text, request.Need);
        ArgumentNullException.ThrowIfNull(text);
        var template = NeedOf(need);
        if (text.Length > maxTextLength)
        {
            throw new ArgumentException($"The description is {text.Length:N0} characters long; the limit is {maxTextLength:N0}.", nameof(request));
        }

        var context = new ReviewContext(text, template, lexicon, glossary, request.Items)
        {
            SharedChecks = sharedChecks,
            WordLists = wordLists,
            PhraseIndex = phraseIndex,
            GivenText = string.Join('\n', request.Given ?? []).ToLowerInvariant(),
        };
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            CheckWithinTime(rule, context, findings);
        }

        VerifyFixes(context, request, findings);

        findings.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        var (verdict, approver) = Judge(findings);
        return new ReviewResult(findings, verdict, approver);
    }

    /// <summary>
    /// Every fix is reviewed again before it is offered: its sentence, with the fix applied, must not gain a finding
    /// (a broken sentence, a new slip) and must lose the one fixed; otherwise the finding explains and offers none.
    /// </summary>
    private void VerifyFixes(ReviewContext context, ReviewRequest request, List<Finding> findings)
    {
        Dictionary<TextSpan, SentenceCounts>? before = null;
        var verified = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Replacement is null || !IsSafeToReplace(finding.Rule) || context.Tokens.Count == 0)
            {
                continue;
            }

            var edit = finding.EditSpan;
            var lastToken = context.Tokens.Count - 1;
            var first = context.SentenceSpan(context.SentenceOf(Math.Min(context.TokenAt(edit.Start), lastToken)));
            var last = context.SentenceSpan(context.SentenceOf(Math.Min(context.TokenAt(Math.Max(edit.End - 1, edit.Start)), lastToken)));
            var sentence = TextSpan.FromBounds(Math.Min(first.Start, edit.Start), Math.Max(last.End, edit.End));
            if (finding.Replacement.Length == 0 && edit.Start <= sentence.Start && edit.End >= sentence.End)
            {
                continue; // the whole sentence goes: nothing of it is left to read badly
            }

            if (sentence.Length > MaxVerifiedSentence || ++verified > MaxVerifiedFixes)
            {
                // Too long to check in bounded time: offer no fix rather than an unchecked one.
                findings[i] = finding with { Replacement = null, FixSpan = null };
                continue;
            }

            var changed = Tidy(string.Concat(context.Text.AsSpan(sentence.Start, edit.Start - sentence.Start), finding.Replacement, context.Text.AsSpan(edit.End, sentence.End - edit.End)));
            var now = new SentenceCounts(SentenceContext(request, changed), spanRules);
            if (!now.CountAll())
            {
                continue; // nothing is left in the sentence, so it gained nothing and lost the one fixed, whatever it had before
            }

            // The sentence as it was is reviewed only by the rules that still find something after the fix (each rule
            // counts on its own): a rule with nothing left can neither have gained a finding nor kept the one fixed.
            before ??= [];
            if (!before.TryGetValue(sentence, out var was))
            {
                was = before[sentence] = new SentenceCounts(SentenceContext(request, context.Text.Substring(sentence.Start, sentence.Length)), spanRules);
            }

            var reads = true;
            for (var r = 0; r < spanRules.Length && reads; r++)
            {
                var count = now.Of(r);
                if (count > 0)
                {
                    var had = was.Of(r);
                    reads = had != SentenceCounts.Unfinished && (spanRules[r].Info.Id == finding.Rule ? count <= Math.Max(had - 1, 0) : count <= had);
                }
            }

            if (!reads)
            {
                findings[i] = finding with
                {
                    Replacement = null,
                    FixSpan = null,
                    Message = $"{finding.Message} No one-click fix here: the change would leave another problem in the sentence, so please reword it.",
                };
            }
        }
    }

    /// <summary>Fixes are checked sentence by sentence; a "sentence" longer than this (no full stops) or more fixes than this are not offered.</summary>
    private const int MaxVerifiedSentence = 2_000;
    private const int MaxVerifiedFixes = 100;

    private ReviewContext SentenceContext(ReviewRequest request, string sentence) =>
        new(sentence, NeedOf(request.Need), lexicon, glossary, request.Items) { SharedChecks = sharedChecks, PhraseIndex = phraseIndex };

    /// <summary>How many span findings each rule has in one sentence (the rules about the whole description are not run), rule by rule as asked.</summary>
    private sealed class SentenceCounts(ReviewContext context, IRule[] rules)
    {
        /// <summary>The count of a rule that did not finish in time: more than any fix may leave, so the fix is not offered.</summary>
        public const int Unfinished = int.MaxValue;

        private readonly int[] counts = Unknown(rules.Length);

        private static int[] Unknown(int length)
        {
            var counts = new int[length];
            Array.Fill(counts, -1);
            return counts;
        }

        /// <summary>Counts every rule; false when none finds anything.</summary>
        public bool CountAll()
        {
            var any = false;
            for (var r = 0; r < rules.Length; r++)
            {
                any |= Of(r) > 0;
            }

            return any;
        }

        /// <summary>The findings of rule <paramref name="r"/> (its place in the rules) in the sentence.</summary>
        public int Of(int r)
        {
            if (counts[r] >= 0)
            {
                return counts[r];
            }

            var findings = new List<Finding>();
            if (!CheckWithinTime(rules[r], context, findings))
            {
                return counts[r] = Unfinished;
            }

            var count = 0;
            foreach (var f in findings)
            {
                count += f.Span.Length > 0 ? 1 : 0;
            }

            return counts[r] = count;
        }
    }

    /// <summary>Applies every fix that reads well: role words for names, plain words for jargon, corrections; removes sentences with private details.</summary>
    public FixResult Fix(string text, string need) => Fix(new ReviewRequest(text, need));

    /// <summary>Applies every fix that reads well; what belonged in the private details is listed in <see cref="FixResult.MovedToPrivate"/>.</summary>
    public FixResult Fix(ReviewRequest request)
    {
        var result = Review(request);
        var text = request.Text;
        var applied = new List<Finding>();
        var moved = new List<string>();
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in result.Findings.OrderBy(f => f.EditSpan.Start))
        {
            var edit = finding.EditSpan;
            if (finding.Replacement is null || edit.Start < position || edit.Length == 0 || !IsSafeToReplace(finding.Rule))
            {
                continue;
            }

            builder.Append(text, position, edit.Start - position).Append(finding.Replacement);
            position = edit.End;
            applied.Add(finding);
            if (finding.Replacement.Length == 0 && finding.FixSpan is not null && finding.Rule is not "confidential-name")
            {
                moved.Add(text.Substring(edit.Start, edit.Length).Trim(' ', ','));
            }
        }

        builder.Append(text, position, text.Length - position);
        return new FixResult(Tidy(builder.ToString()), applied) { MovedToPrivate = moved };
    }

    /// <summary>After text is taken out: no doubled spaces, no space before a mark, no space at either end.</summary>
    internal static string Tidy(string text)
    {
        // Into a buffer of chars, not a StringBuilder: its indexer looks up a chunk for every character (measured: 4,000
        // instructions a fixed sentence).
        var tidy = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (c == ' ' && (length == 0 || tidy[length - 1] is ' ' or '\n'))
            {
                continue;
            }

            if (c is ',' or '.' or ';' or ':' or '!' or '?' && length > 0 && tidy[length - 1] == ' ')
            {
                length--;
            }

            tidy[length++] = c;
        }

        while (length > 0 && tidy[length - 1] == ' ')
        {
            length--;
        }

        return length == text.Length ? text : new string(tidy[..length]);
    }

    private static bool IsSafeToReplace(string rule) =>
        rule.StartsWith("confidential-", StringComparison.Ordinal) || rule is "jargon" or "spelling" or "grammar";

    private NeedTemplate NeedOf(string need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return needs.TryGetValue(need.Trim(), out var template)
            ? template
            : throw new ArgumentException($"Unknown need '{need}'. Known needs: {string.Join(", ", needs.Keys)}.", nameof(need));
    }

    private static (Verdict, Approver) Judge(List<Finding> findings)
    {
        var needsChanges = false;
        var approver = Approver.None;
        foreach (var finding in findings)
        {
            var info = RuleCatalog.Find(finding.Rule);
            if (info is { ApprovalBy: not Approver.None })
            {
                approver = (Approver)Math.Max((int)approver, (int)info.ApprovalBy);
            }
            else if (finding.Severity >= Severity.Warning)
            {
                needsChanges = true;
            }
        }

        return needsChanges ? (Verdict.NeedsChanges, approver) : approver != Approver.None ? (Verdict.NeedsApproval, approver) : (Verdict.Ready, Approver.None);
    }
}

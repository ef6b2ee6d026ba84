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

    private readonly Lexicon lexicon;
    private readonly Glossary glossary;
    private readonly Dictionary<string, NeedTemplate> needs;
    private readonly int maxTextLength;

    /// <summary>The reviewer with the built-in data only, loaded on first use.</summary>
    public static Reviewer Default => DefaultInstance.Value;

    /// <exception cref="ArgumentException">An agency data file cannot be read or is not valid.</exception>
    public Reviewer(ReviewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lexicon = Lexicon.Shared;
        glossary = Glossary.Load(options.GlossaryFiles);
        needs = NeedTemplates.Load(options.NeedTemplateFiles);
        maxTextLength = options.MaxTextLength;
    }

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleInfo> Rules => RuleCatalog.All;

    /// <summary>The needs this reviewer knows (clothing, rent, …).</summary>
    public IReadOnlyCollection<string> Needs => needs.Keys;

    /// <summary>The jargon glossary in use, built-in terms and the agency's.</summary>
    public IReadOnlyList<GlossaryTerm> GlossaryTerms => glossary.Terms;

    /// <summary>
    /// Runs one rule with its patterns' time bound. A pattern's first match in a process includes compiling its code, which on
    /// a loaded machine can pass the bound on ordinary text: so a rule that runs out of time is run once more (its code is
    /// ready then) before it is skipped, which only a pathological input reaches.
    /// </summary>
    private static void CheckWithinTime(IRule rule, ReviewContext context, List<Finding> findings)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var before = findings.Count;
            try
            {
                rule.Check(context, findings);
                return;
            }
            catch (RegexMatchTimeoutException)
            {
                findings.RemoveRange(before, findings.Count - before);
            }
        }
    }

    /// <summary>Whether children's ages, sizes and gender belong in a request of this need.</summary>
    public bool IsAgeAppropriate(string need) => NeedOf(need).AgeAppropriate;

    /// <summary>Reviews <paramref name="text"/> for a request of <paramref name="need"/>.</summary>
    /// <exception cref="ArgumentException">The need is unknown or the text is longer than allowed.</exception>
    public ReviewResult Review(string text, string need)
    {
        ArgumentNullException.ThrowIfNull(text);
        var template = NeedOf(need);
        if (text.Length > maxTextLength)
        {
            throw new ArgumentException($"The description is {text.Length:N0} characters long; the limit is {maxTextLength:N0}.", nameof(text));
        }

        var context = new ReviewContext(text, template, lexicon, glossary);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            CheckWithinTime(rule, context, findings);
        }

        findings.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        var (verdict, approver) = Judge(findings);
        return new ReviewResult(findings, verdict, approver);
    }

    /// <summary>Applies every safe replacement (plain words for jargon, placeholders for confidential data).</summary>
    public FixResult Fix(string text, string need)
    {
        var result = Review(text, need);
        var applied = new List<Finding>();
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in result.Findings)
        {
            if (finding.Replacement is null || finding.Span.Start < position || finding.Span.Length == 0 || !IsSafeToReplace(finding.Rule))
            {
                continue;
            }

            builder.Append(text, position, finding.Span.Start - position).Append(finding.Replacement);
            position = finding.Span.End;
            applied.Add(finding);
        }

        builder.Append(text, position, text.Length - position);
        return new FixResult(builder.ToString(), applied);
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

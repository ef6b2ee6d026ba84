namespace CarePortal.Review;

/// <summary>
/// Reviews a request description against the seven best practices. Thread-safe; build once and share.
/// </summary>
public sealed class Reviewer
{
    private static readonly Lazy<Reviewer> DefaultInstance = new(() => new Reviewer(new ReviewerOptions()));

    /// <summary>The reviewer with the built-in data only, loaded on first use.</summary>
    public static Reviewer Default => DefaultInstance.Value;

    public Reviewer(ReviewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        throw new NotImplementedException();
    }

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleInfo> Rules => RuleCatalog.All;

    /// <summary>The needs this reviewer knows (clothing, rent, …).</summary>
    public IReadOnlyCollection<string> Needs => throw new NotImplementedException();

    /// <summary>Reviews <paramref name="text"/> for a request of <paramref name="need"/>.</summary>
    /// <exception cref="ArgumentException">The need is unknown or the text is longer than allowed.</exception>
    public ReviewResult Review(string text, string need) => throw new NotImplementedException();

    /// <summary>Applies every safe replacement (plain words for jargon, placeholders for confidential data).</summary>
    public FixResult Fix(string text, string need) => throw new NotImplementedException();
}

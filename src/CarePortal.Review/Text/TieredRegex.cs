using System.Text.RegularExpressions;

namespace CarePortal.Review.Text;

/// <summary>
/// A pattern from a data file (the need templates, an agency's own): interpreted at first, so that loading and the
/// first reviews pay for no code generation, then compiled on a worker thread once it has been used often enough to
/// repay it, as the runtime tiers up its own code. Measured: 44 template patterns compiled cost ~60 ms to build and
/// ~20 ms each at first use; interpreted, a match takes about three times as long.
/// A built-in template's pattern is source-generated (<see cref="NeedPatterns"/>) and used as it is from the start.
/// </summary>
internal sealed class TieredRegex
{
    private const int UsesBeforeCompiling = 500;

    private readonly string pattern;
    private readonly RegexOptions options;
    private readonly TimeSpan timeout;
    private readonly bool generated;
    private volatile Regex current;
    private int uses;

    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        this.timeout = timeout;
        Words = (this.options & ~RegexOptions.CultureInvariant) == RegexOptions.None ? WordListPattern.TryParse(pattern) : null;
        var built = NeedPatterns.Find(pattern, this.options, timeout);
        generated = built is not null;
        current = built ?? new Regex(pattern, this.options, timeout);
    }

    /// <summary>The pattern as a list of words, matched over a review's tokens, when it is no more than that.</summary>
    public WordListPattern? Words { get; }

    /// <summary>Whether the pattern matches the review's lower-cased text (by its tokens, if it is a list of words).</summary>
    public bool IsMatch(ReviewContext context) => Words is { } words ? words.IsMatch(context) : IsMatch(context.LowerText);

    public bool IsMatch(string text)
    {
        if (!generated && Interlocked.Increment(ref uses) == UsesBeforeCompiling)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static self => self.Compile(), this, preferLocal: false);
        }

        return current.IsMatch(text);
    }

    /// <summary>The first match (where it is, for a need check that asks whether its sentence asks for the item).</summary>
    public Match Match(string text) => current.Match(text);

    public override string ToString() => pattern;

    private void Compile()
    {
        var compiled = new Regex(pattern, options | RegexOptions.Compiled, timeout);
        compiled.IsMatch(string.Empty); // its code is generated here, on this thread, not in a review
        current = compiled;
    }
}

using System.Text.RegularExpressions;

namespace CarePortal.Review;

/// <summary>
/// The regular expressions the rules share. All run without backtracking (linear time, whatever the input)
/// and with a timeout as a second bound.
/// </summary>
internal static class Patterns
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    public static Regex Make(string pattern, bool ignoreCase = false) =>
        new(pattern, ignoreCase ? Options | RegexOptions.IgnoreCase : Options, Timeout);

    public static readonly Regex Email = Make(@"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}");

    public static readonly Regex Url = Make(@"(https?://|www\.)[^\s<>""]{1,200}|\b(facebook|instagram|tiktok|twitter|snapchat|x)\.com/[^\s<>""]{1,100}", ignoreCase: true);

    public static readonly Regex Handle = Make(@"@[A-Za-z0-9_]([A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");

    public static readonly Regex Phone = Make(@"(\+?1[ .-]?)?(\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}|\b\d{3}[.-]\d{4}\b");

    /// <summary>A run of digits and hyphens or spaces between digit groups: an account, case or ID number.</summary>
    public static readonly Regex DigitGroup = Make(@"\d{1,20}([ -]\d{1,20}){0,5}");

    public static readonly Regex Money = Make(@"\$ ?\d{1,3}(,\d{3}){0,4}(\.\d{2})?|\$ ?\d{1,9}(\.\d{2})?");

    public static readonly Regex Date = Make(@"\b\d{1,2}[/-]\d{1,2}[/-](\d{4}|\d{2})\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b", ignoreCase: true);

    private static readonly Regex Never = Make(@"[^\s\S]");

    /// <summary>The matches of <paramref name="regex"/>, or none when a cheap check already ruled them out.</summary>
    public static Regex.ValueMatchEnumerator MatchesIf(bool worthScanning, Regex regex, string text) =>
        worthScanning ? regex.EnumerateMatches(text) : Never.EnumerateMatches(string.Empty);

    /// <summary>True when the match is not glued to a letter or digit on either side.</summary>
    public static bool Standalone(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
}

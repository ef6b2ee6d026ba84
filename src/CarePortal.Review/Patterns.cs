using System.Text.RegularExpressions;

namespace CarePortal.Review;

/// <summary>
/// The regular expressions the rules share. Every pattern in the reviewer is source-generated (no start-up
/// cost), written with bounded quantifiers and no nested repetition, and runs with a timeout as the hard bound.
/// </summary>
internal static partial class Patterns
{
    /// <summary>The most any one pattern may run on one text; a rule whose pattern times out is skipped.</summary>
    public const int TimeoutMs = 250;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    public static partial Regex Email { get; }

    [GeneratedRegex(@"(https?://|www\.)[^\s<>""]{1,200}|\b(facebook|instagram|tiktok|twitter|snapchat|x)\.com/[^\s<>""]{1,100}|\b[A-Za-z0-9-]{2,63}\.(com|org|net|gov|edu|us|info|io)\b(/[^\s<>""]{0,100})?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex Url { get; }

    [GeneratedRegex(@"@[A-Za-z0-9_]([A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    public static partial Regex Handle { get; }

    [GeneratedRegex(@"(\+?1[ .-]?)?(\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}|\b\d{3}[.-]\d{4}\b", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    public static partial Regex Phone { get; }

    /// <summary>A run of digits and hyphens or spaces between digit groups: an account, case or ID number.</summary>
    [GeneratedRegex(@"\d{1,20}([ -]\d{1,20}){0,5}", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    public static partial Regex DigitGroup { get; }

    [GeneratedRegex(@"[$£€] ?\d{1,3}(,\d{3}){0,4}(\.\d{2})?|[$£€] ?\d{1,9}(\.\d{2})?|\b\d{1,3}(,\d{3}){0,4}\.\d{2}\b|\b\d{1,3}(,\d{3}){1,4} dollars\b|\b\d{2,6} dollars\b", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    public static partial Regex Money { get; }

    /// <summary>The matches of <paramref name="regex"/>, or none when a cheap check already ruled them out.</summary>
    public static GatedMatches MatchesIf(bool worthScanning, Regex regex, string text) => new(worthScanning, regex.EnumerateMatches(text));

    /// <summary>A pattern's matches, not searched at all when a cheap check ruled them out (an empty search still sets up a scan).</summary>
    public ref struct GatedMatches(bool worthScanning, Regex.ValueMatchEnumerator matches)
    {
        private Regex.ValueMatchEnumerator matches = matches;

        public readonly GatedMatches GetEnumerator() => this;

        public bool MoveNext() => worthScanning && matches.MoveNext();

        public readonly ValueMatch Current => matches.Current;
    }

    /// <summary>True when the match is not glued to a letter or digit on either side.</summary>
    public static bool Standalone(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
}

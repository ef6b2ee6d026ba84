using System.Text.RegularExpressions;

namespace CarePortal.Review;

internal enum IdentifierKind
{
    Ssn,
    DateOfBirth,
    CaseNumber,
    AccountNumber,
    LicensePlate,
    OtherId,
    LongNumber,
}

internal readonly record struct Identifier(TextSpan Span, IdentifierKind Kind);

/// <summary>Finds SSNs, dates of birth, case, account and other ID numbers, and license plates.</summary>
internal static partial class IdentifierFinder
{
    private const string DatePattern = @"(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(st|nd|rd|th)?,? \d{4})";

    private static readonly (Regex Regex, IdentifierKind Kind, bool NumberOnly)[] Rules =
    [
        (SsnDigits, IdentifierKind.Ssn, false),
        (SsnWords, IdentifierKind.Ssn, false),
        (DateOfBirth, IdentifierKind.DateOfBirth, false),
        (CaseNumber, IdentifierKind.CaseNumber, true),
        (AccountNumber, IdentifierKind.AccountNumber, true),
        (LicensePlate, IdentifierKind.LicensePlate, true),
        (OtherId, IdentifierKind.OtherId, true),
    ];

    [GeneratedRegex(@"\b\d{3}-\d{2}-\d{4}\b", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial Regex SsnDigits { get; }

    [GeneratedRegex(@"\b(ssn|social security( number| no\.?| #)?|social)( ending( in| with)?| ends( in| with)?| last four( digits)?( of)?| is| #| no\.?|:)? ?#? ?\d{4,9}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex SsnWords { get; }

    [GeneratedRegex(@"\b(dob|d\.o\.b\.?|date of birth|birth ?date|born( on)?|birthday( is)?)[:,]? ?(is |of |on )?" + DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex DateOfBirth { get; }

    [GeneratedRegex(@"\b(case|referral|docket|petition|intake|court)( number| no\.?| #| num\.?| id)?( is)?[:# ]{1,3}[A-Za-z0-9][A-Za-z0-9-]{3,24}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex CaseNumber { get; }

    [GeneratedRegex(@"\b(account|acct\.?)( number| no\.?| #| num\.?)?( is| was)?( ending| ends)?( in| with)?[:# ]{1,3}[A-Za-z0-9][A-Za-z0-9-]{3,30}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex AccountNumber { get; }

    [GeneratedRegex(@"\b([Ll]icense plate|[Pp]late number|[Pp]late|[Tt]ag number|[Tt]ag)( number)?( is| #)?[:# ]{1,3}([A-Z]{2} )?[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4}([ -][A-Z0-9]{1,4})?\b", RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial Regex LicensePlate { get; }

    [GeneratedRegex(@"\b(medicaid|tenncare|member|policy|insurance|student|driver'?s license|license|id|ebt card)( id| number| no\.?| #)( is)?[:# ]{1,3}[A-Za-z0-9][A-Za-z0-9-]{4,24}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex OtherId { get; }

    public static List<Identifier> Find(ReviewContext context)
    {
        var found = new List<Identifier>();
        var text = context.Text;
        if (!ContactFinder.HasDigits(text, 4))
        {
            return found;
        }

        foreach (var (regex, kind, numberOnly) in Rules)
        {
            foreach (var m in regex.EnumerateMatches(text))
            {
                var span = numberOnly ? TrailingCode(text, new TextSpan(m.Index, m.Length)) : new TextSpan(m.Index, m.Length);
                if (DigitCount(text, span) >= (kind == IdentifierKind.LicensePlate ? 1 : 3) && !Overlaps(found, span))
                {
                    found.Add(new Identifier(span, kind));
                }
            }
        }

        foreach (var m in Patterns.DigitGroup.EnumerateMatches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (DigitCount(text, span) >= 8 && Patterns.Standalone(text, span.Start, span.End) && text[Math.Max(0, span.Start - 1)] != '$'
                && !IsZipPlusFour(text, span)
                && !Overlaps(found, span) && !ReviewContext.AnyOverlap(context.Contacts, span))
            {
                found.Add(new Identifier(span, IdentifierKind.LongNumber));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>The code at the end of a match such as "account number is 2210-55871-04".</summary>
    private static TextSpan TrailingCode(string text, TextSpan match)
    {
        var start = match.End;
        while (start > match.Start && text[start - 1] is not (' ' or '#' or ':'))
        {
            start--;
        }

        // "BKR 4412", "7142 KR": a plate may hold one space.
        if (start - 2 > match.Start && text[start - 1] == ' ' && char.IsAsciiLetterOrDigit(text[start - 2]) && char.IsAsciiLetterOrDigit(text[start])
            && (char.IsAsciiDigit(text[start]) || char.IsAsciiDigit(text[start - 2])) && char.IsAsciiLetterUpper(text[start]) != char.IsAsciiLetterUpper(text[start - 2]))
        {
            var s = start - 1;
            while (s > match.Start && char.IsAsciiLetterOrDigit(text[s - 1]))
            {
                s--;
            }

            start = s;
        }

        return TextSpan.FromBounds(start, match.End);
    }

    private static bool IsZipPlusFour(string text, TextSpan span) => span.Length == 10 && text[span.Start + 5] == '-';

    private static int DigitCount(string text, TextSpan span)
    {
        var n = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                n++;
            }
        }

        return n;
    }

    private static bool Overlaps(List<Identifier> found, TextSpan span) => found.Exists(f => f.Span.Overlaps(span));
}

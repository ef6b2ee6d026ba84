using System.Text.RegularExpressions;

namespace CarePortal.Review;

/// <summary>
/// The patterns of the built-in need templates (Data/need-templates.json), source-generated: the template file stays
/// the data, and a pattern written here as well runs as compiled code from the first review, also under Native AOT,
/// which can only interpret a pattern built at run time (measured: the interpreter was 14 % of a <c>review --jsonl</c>
/// run). A pattern not listed here (an agency's own) still runs, through <see cref="Text.TieredRegex"/>.
/// NeedPatternsTests fails when the template file and this list differ.
/// </summary>
internal static partial class NeedPatterns
{
    public const RegexOptions Options = RegexOptions.CultureInvariant;
    public const int TimeoutMs = 200;

    private static readonly Dictionary<string, Regex> ByPattern = new Regex[] { P0, P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15, P16, P17, P18, P19, P20, P21, P22, P23, P24, P25, P26, P27, P28, P29, P30, P31, P32, P33, P34, P35, P36, P37, P38, P39, P40, P41, P42, P43, P44, P45, P46, P47, P48, P49, P50, P51, P52, P53, P54, P55, P56, P57, P58 }.ToDictionary(r => r.ToString(), StringComparer.Ordinal);

    /// <summary>Every pattern listed here.</summary>
    public static IEnumerable<string> Patterns => ByPattern.Keys;

    /// <summary>The source-generated <paramref name="pattern"/>, if it is listed here with these options and time bound.</summary>
    public static Regex? Find(string pattern, RegexOptions options, TimeSpan timeout) =>
        options == Options && timeout == TimeSpan.FromMilliseconds(TimeoutMs) && ByPattern.TryGetValue(pattern, out var regex) ? regex : null;

    [GeneratedRegex(@"\b(clothes|clothing|pants|shirts?|jeans|tops|pajamas|jackets?|coats?|dress(es)?|outfits?|uniforms?|leggings|hoodies?|sweaters?|underwear|socks)\b", Options, TimeoutMs)]
    private static partial Regex P0 { get; }

    [GeneratedRegex(@"\bsizes?\b", Options, TimeoutMs)]
    private static partial Regex P1 { get; }

    [GeneratedRegex(@"\b\d{1,2}t\b", Options, TimeoutMs)]
    private static partial Regex P2 { get; }

    [GeneratedRegex(@"\b(xs|xl|xxl|x-large|2x|3x)\b", Options, TimeoutMs)]
    private static partial Regex P3 { get; }

    [GeneratedRegex(@"\b(size|sizes|wears?|wearing)( a| an)?\W{1,3}(small|medium|large)\b", Options, TimeoutMs)]
    private static partial Regex P4 { get; }

    [GeneratedRegex(@"\b(adult|youth|kids|mens|men's|womens|women's|boys'?|girls'?|juniors|toddler|mom|dad|mother|father|grandmother|grandfather|grandma|grandpa|shirts?|tops?|pants|coats?|jackets?)\W{1,3}(small|medium|large)\b", Options, TimeoutMs)]
    private static partial Regex P5 { get; }

    [GeneratedRegex(@"\b(small|medium|large)\W{0,3}(\(|in (shirts?|pants|tops|jeans|coats?|jackets?|clothes|clothing|adult|youth|women|men|boys|girls)|shirts?|pants|tops|jeans|coats?|jackets?|hoodies?|sweaters?|sweatshirts?)", Options, TimeoutMs)]
    private static partial Regex P6 { get; }

    [GeneratedRegex(@"\b\d{2} ?x ?\d{2}\b", Options, TimeoutMs)]
    private static partial Regex P7 { get; }

    [GeneratedRegex(@"\b(boys|girls|juniors|women's|womens|men's|mens|toddler|youth|kids)\s+\d", Options, TimeoutMs)]
    private static partial Regex P8 { get; }

    [GeneratedRegex(@"\b(king|queen|twin|full|double)[- ]sized?\b", Options, TimeoutMs)]
    private static partial Regex P9 { get; }

    [GeneratedRegex(@"\bsizes? (king|queen|twin|full)\b", Options, TimeoutMs)]
    private static partial Regex P10 { get; }

    [GeneratedRegex(@"\b(diapers?|pull-?ups?)\W{1,3}(in )?sizes? [^,;.\n]{0,30}", Options, TimeoutMs)]
    private static partial Regex P11 { get; }

    [GeneratedRegex(@"\bsizes? \d{1,2}\s+(diapers?|pull-?ups?)\b", Options, TimeoutMs)]
    private static partial Regex P12 { get; }

    [GeneratedRegex(@"\b(boys|girls) \d{1,2}( and | & |, )\d{1,2}\b", Options, TimeoutMs)]
    private static partial Regex P13 { get; }

    [GeneratedRegex(@"\bsizes\b(?<=\b(changing|growing|different|new|all|the right) sizes)", Options, TimeoutMs)]
    private static partial Regex P14 { get; }

    [GeneratedRegex(@"[a-z]+-sized? dolls?\b", Options, TimeoutMs)]
    private static partial Regex P15 { get; }

    [GeneratedRegex(@"\b(clothes|clothing|pants|shirts?|jeans|tops|pajamas|outfits?|dress(es)?)\b", Options, TimeoutMs)]
    private static partial Regex P16 { get; }

    [GeneratedRegex(@"\b(boys?|girls?|sons?|daughters?|brothers?|sisters?|he|she|his|her|him|men's|mens|women's|womens|juniors|male|female|grandsons?|granddaughters?|nephews?|nieces?)\b", Options, TimeoutMs)]
    private static partial Regex P17 { get; }

    [GeneratedRegex(@"\b(shoes?|sneakers|boots|cleats|sandals|slippers)\b", Options, TimeoutMs)]
    private static partial Regex P18 { get; }

    [GeneratedRegex(@"\bshoe sizes?\b", Options, TimeoutMs)]
    private static partial Regex P19 { get; }

    [GeneratedRegex(@"\bsize \d{1,2}(\.5)?( and a half)?( in)?( [a-z']+){0,2} (shoes?|sneakers|boots|cleats|sandals)\b", Options, TimeoutMs)]
    private static partial Regex P20 { get; }

    [GeneratedRegex(@"\b(shoes?|sneakers|boots|cleats|sandals)( in)?( a| an)?( [a-z']+){0,2} (size )?\d{1,2}\b", Options, TimeoutMs)]
    private static partial Regex P21 { get; }

    [GeneratedRegex(@"\b(shoes?|sneakers|boots|cleats|sandals)\W[^.;]{0,30}\b(youth|toddler|kids|women's|womens|men's|mens|boys|girls|size)( size)? \d{1,2}(?!\d| in (shirts|pants|clothes|jeans|tops))", Options, TimeoutMs)]
    private static partial Regex P22 { get; }

    [GeneratedRegex(@"\b(a|an) \d{1,2}(½|\.5| 1/2)? in [a-z’']+ shoes\b", Options, TimeoutMs)]
    private static partial Regex P23 { get; }

    [GeneratedRegex(@"\bslippers\b[^\n]{0,30}\bsize\b", Options, TimeoutMs)]
    private static partial Regex P24 { get; }

    [GeneratedRegex(@"\b(slippers|sandals|flip-flops)\s*\(?(small|medium|large|x-large|xl)\b", Options, TimeoutMs)]
    private static partial Regex P25 { get; }

    [GeneratedRegex(@"\bdiapers?\b", Options, TimeoutMs)]
    private static partial Regex P26 { get; }

    [GeneratedRegex(@"\bsize ?\d\b", Options, TimeoutMs)]
    private static partial Regex P27 { get; }

    [GeneratedRegex(@"\bnewborn\b", Options, TimeoutMs)]
    private static partial Regex P28 { get; }

    [GeneratedRegex(@"\bpreemie\b", Options, TimeoutMs)]
    private static partial Regex P29 { get; }

    [GeneratedRegex(@"month-old", Options, TimeoutMs)]
    private static partial Regex P30 { get; }

    [GeneratedRegex(@"\bmonths? old\b", Options, TimeoutMs)]
    private static partial Regex P31 { get; }

    [GeneratedRegex(@"\b\d{1,2} months?\b", Options, TimeoutMs)]
    private static partial Regex P32 { get; }

    [GeneratedRegex(@"\bsize (newborn|preemie|one|two|three|four|five|six)\b", Options, TimeoutMs)]
    private static partial Regex P33 { get; }

    [GeneratedRegex(@"\b(clothes|clothing|outfits?|onesies|sleepers|pajamas|sleepwear)\b", Options, TimeoutMs)]
    private static partial Regex P34 { get; }

    [GeneratedRegex(@"\bmonths?\b", Options, TimeoutMs)]
    private static partial Regex P35 { get; }

    [GeneratedRegex(@"\b(beds?|bed frames?|mattress(es)?)\b", Options, TimeoutMs)]
    private static partial Regex P36 { get; }

    [GeneratedRegex(@"\b(twin|full|queen|king|toddler|crib|bunk|double|single|full-size|twin-size|queen-size|king-size|day ?bed|trundle)\b", Options, TimeoutMs)]
    private static partial Regex P37 { get; }

    [GeneratedRegex(@"\bfull[- ]time\b", Options, TimeoutMs)]
    private static partial Regex P38 { get; }

    [GeneratedRegex(@"\bfull (month|year|week|day|amount|price|scholarship)\b(?<=\b(in|a|the) full [a-z]{3,11})", Options, TimeoutMs)]
    private static partial Regex P39 { get; }

    [GeneratedRegex(@"\bsingle[- ](mom|mother|dad|father|parent|parents|woman|women|man|men|income|household|grandmother|grandfather|day|room|payment|item)s?\b", Options, TimeoutMs)]
    private static partial Regex P40 { get; }

    [GeneratedRegex(@"\bdouble (shifts?|duty|pneumonia)\b", Options, TimeoutMs)]
    private static partial Regex P41 { get; }

    [GeneratedRegex(@"\b(burger|dairy) king\b", Options, TimeoutMs)]
    private static partial Regex P42 { get; }

    [GeneratedRegex(@"\bbeds\b", Options, TimeoutMs)]
    private static partial Regex P43 { get; }

    [GeneratedRegex(@"\b(two|three|four|five|six|both|each|pair|set of|bunk beds|\d)\b", Options, TimeoutMs)]
    private static partial Regex P44 { get; }

    [GeneratedRegex(@"\b(supplies|backpacks?|notebooks?|binders?|calculators?|school)\b", Options, TimeoutMs)]
    private static partial Regex P45 { get; }

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th) grade", Options, TimeoutMs)]
    private static partial Regex P46 { get; }

    [GeneratedRegex(@"\bgrades? \d", Options, TimeoutMs)]
    private static partial Regex P47 { get; }

    [GeneratedRegex(@"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade", Options, TimeoutMs)]
    private static partial Regex P48 { get; }

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th) grader", Options, TimeoutMs)]
    private static partial Regex P49 { get; }

    [GeneratedRegex(@"\b(kindergarten|pre-?k|preschool|middle school|high school|elementary|freshman|sophomore|junior|senior)\b", Options, TimeoutMs)]
    private static partial Regex P50 { get; }

    [GeneratedRegex(@"-year-old", Options, TimeoutMs)]
    private static partial Regex P51 { get; }

    [GeneratedRegex(@"\bages? \d", Options, TimeoutMs)]
    private static partial Regex P52 { get; }

    [GeneratedRegex(@"\b(bed|sleep) (bug|bugs)\b", Options, TimeoutMs)]
    private static partial Regex P53 { get; }

    [GeneratedRegex(@"\b(couch(es)?|sofas?|love ?seats?|sectionals?|recliners?|futons?|chairs?|tables?|dressers?|desks?|beds?|bed frames?|bunk ?beds?|mattress(es)?|cribs?|nightstands?|night stands?|bookcases?|bookshel(f|ves)|shelves|chests? of drawers|cabinets?|tv stands?|entertainment (center|centre)s?|ottomans?|wardrobes?|armoires?)\b", Options, TimeoutMs)]
    private static partial Regex P54 { get; }

    [GeneratedRegex(@"\b(sheets?|sheet sets?|bedding|comforters?)\b(?<!(cookie|baking|dryer|fact|time|work|spread|balance|cheat|score|tally|signup|sign-up) (sheets?|sheet sets?|bedding|comforters?))(?! (of paper|pans?|music|cake|metal))", Options, TimeoutMs)]
    private static partial Regex P55 { get; }

    [GeneratedRegex(@"\bsizes?\b(?<=\b(the right|right|correct|wrong|proper) sizes?)", Options, TimeoutMs)]
    private static partial Regex P56 { get; }

    [GeneratedRegex(@"\bfurniture (bank|banks|rescue|project|for families|ministry|warehouse|store|stores|closet)\b", Options, TimeoutMs)]
    private static partial Regex P57 { get; }

    [GeneratedRegex(@"\bfurniture\b", Options, TimeoutMs)]
    private static partial Regex P58 { get; }
}

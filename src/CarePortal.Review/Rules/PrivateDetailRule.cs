using CarePortal.Review.Text;
using System.Buffers;
using System.Text.RegularExpressions;

namespace CarePortal.Review.Rules;

/// <summary>
/// Details that belong in the private part of the request: directions to the home, account numbers, exact
/// amounts owed, and the payment method or how to pay. An item's estimated price is not private.
/// </summary>
internal sealed partial class PrivateDetailRule : IRule
{
    [GeneratedRegex(@"\b(owes?|owed|owing|balance|past[- ]due|behind|arrears|total|due(?! an? )|bill (is|was|comes to)|rent is|rent of|late fees?|deposit is|shut-?off amount|short|medical (bills|expenses|debts?)|in debt|outstanding (balance|bills?|amount|debts?)|(bills?|balance|amount) outstanding|on (the|her|his|their|a) credit card)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex OwedContext { get; }

    [GeneratedRegex(@"\G(?:\b(to get there,|to get to (the|her|his|their) (home|house|trailer|apartment)|turn (left|right|at|onto|on|by)|take (the )?(first|second|third|next|last|\d(st|nd|rd|th)) (left|right)|go (past|down|up|over) the|go straight (ahead|down|past|until|for|on)|(left|right) (at|after|onto|past) the|right on the|(gravel|dirt) (road|drive)|mile marker|the (blue|red|white|yellow|green|gray|grey|brown|tan|pink|purple) (house|trailer|one|door|mobile home|home)|directions to|follow the (road|signs)|at the end of the (road|street|lane|driveway)|past the( [a-z]+){1,2} (store|station|church|school|market|shop|plant|bridge|light|sign|mill)|(first|second|third|fourth|fifth|last) (house|trailer|drive|driveway|road|home|door) on the (left|right)|on the (left|right) (with|after|past|before)|off (of )?(old |new )?[a-z]+ (road|rd|highway|hwy|pike|lane|ln)|go through the|(pass|passing) the [a-z]+ (shed|gate|store|station|church|barn|school|office|building)|look for the( [a-z]+){0,2} (house|trailer|camper|home|door|mobile home)|to find (it|the home|the house|the trailer|them|her|him),|in the (first|second|third|fourth|last|back) row))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex DirectionsAnchored { get; }

    /// <summary>The first word of every branch of <see cref="DirectionsAnchored"/>, and what can follow the common ones.</summary>
    private static readonly WordSet DirectionsFirstWords = new(
    [
        "to", "turn", "take", "go", "left", "right", "gravel", "dirt", "mile", "the", "directions", "follow", "at", "past", "first", "second",
        "third", "fourth", "fifth", "last", "on", "off", "pass", "passing", "look", "in",
    ]);

    private static Dictionary<string, string[]> DirectionsNextWords()
    {
        string[] nth = ["house", "trailer", "drive", "road", "home", "door"];
        string[] the = ["the"];
        return new Dictionary<string, string[]>
        {
            ["to"] = ["get", "find"], ["turn"] = ["left", "right", "at", "on", "by"], ["take"] = ["the", "first", "second", "third", "next", "last"],
            ["go"] = ["past", "down", "up", "over", "straight", "through"], ["left"] = ["at", "after", "onto", "past"],
            ["right"] = ["at", "after", "on", "past"], ["gravel"] = ["road", "drive"], ["dirt"] = ["road", "drive"], ["mile"] = ["marker"],
            ["the"] = ["blue", "red", "white", "yellow", "green", "gray", "grey", "brown", "tan", "pink", "purple"], ["directions"] = ["to"],
            ["follow"] = the, ["at"] = the, ["past"] = the, ["first"] = nth, ["second"] = nth, ["third"] = nth, ["fourth"] = nth, ["fifth"] = nth,
            ["last"] = nth, ["on"] = the, ["pass"] = the, ["passing"] = the, ["look"] = ["for"], ["in"] = the,
        };
    }

    /// <summary>Directions to the home ("turn left at the church", "the blue trailer"), tried only where one can begin.</summary>
    internal static WordStartScan Directions { get; } = new(DirectionsAnchored, DirectionsFirstWords, DirectionsNextWords());

    /// <summary>How to pay a bill ("pay online", "accepts checks", "the company website"), written anchored (\G) and tried only at <see cref="HowToPayFirstWords"/>.</summary>
    [GeneratedRegex(@"\G(?:\b((pay|paid|payments?|payable) (online|over the phone|by phone|by (check|card|debit|credit|money order)|in person|through|via|at the (?!same))|(accepts?|takes?) ([a-z]+ )?(checks?|cash|cards?|credit|debit|money orders?)|by (check|mail)|(payment|billing|utility|utility's|company's|company) website|online portal|payment portal|make (the )?checks? (out|payable)|payable to|routing number|mail (a|the) (check|payment|money order))\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex HowToPayAnchored { get; }

    /// <summary>The first word of every branch of <see cref="HowToPayAnchored"/>, and what can follow the common ones.</summary>
    private static readonly WordSet HowToPayFirstWords = new(
    [
        "pay", "paid", "payment", "payments", "payable", "accept", "accepts", "take", "takes", "by", "billing", "utility", "company", "online", "make",
        "routing", "mail",
    ]);

    private static Dictionary<string, string[]> HowToPayNextWords()
    {
        string[] how = ["online", "over", "by", "in", "through", "via", "at"];
        return new Dictionary<string, string[]>
        {
            ["pay"] = how, ["paid"] = how, ["payments"] = how, ["payment"] = [.. how, "website", "portal"], ["payable"] = [.. how, "to"],
            ["by"] = ["check", "mail"], ["billing"] = ["website"], ["utility"] = ["website"], ["company"] = ["website"], ["online"] = ["portal"],
            ["make"] = ["the", "check"], ["routing"] = ["number"], ["mail"] = ["a", "the"],
        };
    }

    /// <summary>How to pay, tried only where it can begin.</summary>
    internal static WordStartScan HowToPay { get; } = new(HowToPayAnchored, HowToPayFirstWords, HowToPayNextWords());

    private static readonly WordSet EstimateWords = new(["about", "around", "approximately", "roughly", "estimated", "runs", "run", "costs", "cost", "quoted", "under", "than", "to", "up", "only", "just", "budget"]);

    // Cheap checks that let most descriptions skip the longer patterns.
    private static readonly SearchValues<string> DirectionHints = SearchValues.Create([
        "turn", "left", "right", "go ", "road", "mile", "trailer", "door", "directions", "follow", "end of", "get there", "get to", "past the",
        "off ", "pass the", "look for", "find it", "row", "through the", "blue", "red ", "white", "yellow", "green", "gray", "grey", "brown",
        "tan ", "pink", "purple", "silver",
    ], StringComparison.Ordinal);
    private static readonly SearchValues<string> PaymentHints = SearchValues.Create(["pay", "paid", "accept", "take", "check", "mail", "website", "portal", "routing"], StringComparison.Ordinal);

    public RuleInfo Info => RuleCatalog.PrivateDetail;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var text = context.Text;
        var spans = new List<TextSpan>();
        foreach (var id in context.Identifiers)
        {
            if (id.Kind == IdentifierKind.AccountNumber || (id.Kind == IdentifierKind.LongNumber && context.Need.Need is "rent" or "utilities"))
            {
                spans.Add(id.Span);
            }
        }

        if (text.AsSpan().IndexOfAny('$', '.', '£') >= 0 || text.Contains('€', StringComparison.Ordinal) || context.Mentions("dollars"))
        {
            foreach (var m in Patterns.Money.EnumerateMatches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (IsAmountOwed(context, span))
                {
                    spans.Add(span);
                }
            }
        }

        if (context.Mentions(DirectionHints))
        {
            foreach (var cue in Directions.Matches(context))
            {
                AddToSentenceEnd(context, spans, cue.Start);
            }
        }

        if (context.Mentions(PaymentHints))
        {
            foreach (var cue in HowToPay.Matches(context))
            {
                AddToSentenceEnd(context, spans, cue.Start);
            }
        }

        foreach (var m in MoneyAsks.PaymentApp.EnumerateMatches(text))
        {
            var app = new TextSpan(m.Index, m.Length);
            if (MoneyAsks.PaysABusiness(context, app))
            {
                spans.Add(TextSpan.FromBounds(m.Index, context.SentenceSpan(context.SentenceOf(context.TokenAt(m.Index))).End));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var lastEnd = -1;
        foreach (var span in spans)
        {
            if (span.Start >= lastEnd)
            {
                findings.Add(Info.At(context, span));
                lastEnd = span.End;
            }
        }
    }

    private static bool IsAmountOwed(ReviewContext context, TextSpan span)
    {
        var t = context.TokenAt(span.Start);
        // "was able to pay $120 toward it", "paid $300": what the family paid, not what it owes.
        // "more than £400 in arrears" is still owed; "a $700 repair", "$300 in repairs" is an estimate.
        var moreThan = context.Is(t - 1, "than") && context.IsAny(t - 2, "more", "over");
        var after = context.TokenAt(span.End - 1) + 1;
        if ((context.IsAny(t - 1, EstimateWords) && !moreThan) || context.IsAny(t - 2, "about", "around", "approximately") || context.Is(t - 1, "paid")
            || context.IsAny(after, "repair", "repairs", "estimate", "quote") || (context.Is(after, "in") && context.IsAny(after + 1, "repair", "repairs"))
            || (context.Is(t - 1, "pay") && context.IsAny(t - 3, "able", "managed")))
        {
            return false;
        }

        var sentence = context.SentenceSpan(context.SentenceOf(t));
        return OwedContext.IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    /// <summary>From the first cue to the end of its sentence ("turn at the Dollar General … ramp.").</summary>
    private static void AddToSentenceEnd(ReviewContext context, List<TextSpan> spans, int cue)
    {
        var sentence = context.SentenceSpan(context.SentenceOf(context.TokenAt(cue)));
        spans.Add(TextSpan.FromBounds(cue, sentence.End));
    }
}

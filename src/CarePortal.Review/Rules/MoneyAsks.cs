using CarePortal.Review.Text;
using System.Text.RegularExpressions;

namespace CarePortal.Review.Rules;

/// <summary>What the cash, gas-card and private-detail rules look for when money changes hands.</summary>
internal static partial class MoneyAsks
{
    [GeneratedRegex(@"\b(gift ?cards?|gift certificates?|prepaid (debit |credit |visa |mastercard |gift )?cards?|prepaid (visa|mastercard|debit|credit)|visa cards?|money orders?|cashier'?s checks?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex GiftCard { get; }

    [GeneratedRegex(@"\bcash\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex Cash { get; }

    [GeneratedRegex(@"\b(cash ?app|venmo|paypal|zelle|apple pay|google pay)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex PaymentApp { get; }

    /// <summary>Money asked for the family ("needs some money", "give her the funds", "checks made out to mom"), written anchored (\G) and tried only at <see cref="MoneyToFamilyFirstWords"/>.</summary>
    [GeneratedRegex(@"\G(?:\b(needs?|asking for|requesting|request|donations? of|donate) (some |extra |gas |grocery )?(money|funds)\b|\b(needs?|asking for|requesting|request) (some )?gas money\b|\b(give|send|hand|provide|pick up|get|donate|mail|bring|drop off)( her| him| them| the family| mom| dad| the parents?)?( the| some| any)? (money|funds)\b|\b(give|send|hand|provide|mail)( her| him| them| the family| mom| dad| the parents?) \$ ?\d|\b(give|send|hand)( her| him| them| mom| dad)( a few| some)? dollars\b|\b(money|funds) (to|for) (her|him|them|mom|dad|the family|the parents?)\b|\bchecks? (made out|written|payable) to (her|him|mom|dad|the (mother|father|mom|dad|family|parents?))\b|\b(money order|check) made out to (her|him|mom|dad)\b|\b(money|funds|cash) for (bills|food|groceries|medicine|medications|utilities|presents|gifts)\b|\b(a few|some) extra dollars\b|\b(gift|donation|contribution)s? of \$ ?\d{1,6}(,\d{3})?(\.\d\d)? (would|will|could|can|to|for)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    private static partial Regex MoneyToFamilyAnchored { get; }

    /// <summary>The first word of every branch of <see cref="MoneyToFamilyAnchored"/>.</summary>
    private static readonly WordSet MoneyToFamilyFirstWords = new(
    [
        "need", "needs", "asking", "requesting", "request", "donation", "donations", "donate", "give", "send", "hand", "provide", "pick", "get",
        "mail", "bring", "drop", "money", "funds", "check", "checks", "cash", "a", "some", "gift", "gifts", "contribution", "contributions",
    ]);

    /// <summary>What can follow the common first words in the pattern (the start of the next word).</summary>
    private static Dictionary<string, string[]> MoneyToFamilyNextWords()
    {
        string[] asked = ["some", "extra", "gas", "grocery", "money", "funds"];
        string[] handed = ["her", "him", "them", "the", "mom", "dad", "some", "any", "money", "funds"];
        string[] of = ["of"];
        string[] madeOut = ["made", "written", "payable"];
        return new Dictionary<string, string[]>
        {
            ["need"] = asked, ["needs"] = asked, ["requesting"] = asked, ["request"] = asked, ["asking"] = ["for"], ["donation"] = of,
            ["donations"] = of, ["gift"] = of, ["gifts"] = of, ["contribution"] = of, ["contributions"] = of, ["give"] = handed, ["send"] = handed,
            ["hand"] = handed, ["provide"] = handed, ["mail"] = handed, ["get"] = handed, ["bring"] = handed, ["pick"] = ["up"], ["drop"] = ["off"],
            ["money"] = ["to", "for", "order"], ["funds"] = ["to", "for"], ["cash"] = ["for"], ["check"] = madeOut, ["checks"] = madeOut,
            ["a"] = ["few"], ["some"] = ["extra"],
        };
    }

    /// <summary>Money asked for the family, tried only where it can begin.</summary>
    public static WordStartScan MoneyToFamily { get; } = new(MoneyToFamilyAnchored, MoneyToFamilyFirstWords, MoneyToFamilyNextWords());

    /// <summary>
    /// Money for the family asked in other words: a fundraiser for them ("started a GoFundMe page", "rallying to raise
    /// money for her"), an amount or "monies" asked for, "the funds she needs", "a simple request: gas money", a sign's
    /// "Anything helps" (real-tenth, real-eleventh).
    /// </summary>
    [GeneratedRegex(@"\b(go ?fund ?me|crowdfunding)( page| campaign| account| fundraiser)?\b|\braise (some |enough |the )?(money|funds)\b|\b(asked|asking|asks|requested|requesting) for (\$ ?\d{1,6}(,\d{3})?|(some )?monies)\b|\b(money|funds|monies) (she|he|they|the family) needs?\b|\b(request|requests|requested|needs?|needed)\W{1,3}(some )?(gas|grocery) money\b|\banything helps\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex MoneyInOtherWords { get; }

    [GeneratedRegex(@"\b(gas|fuel|gasoline)( gift)? ?(cards?|vouchers?)\b|\b(gift ?cards?|gift certificates?) for ([a-z]+(, and |, or |, | and | or |/)){0,3}(gas|fuel|gasoline)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex GasCard { get; }

    /// <summary>Words that show a payment goes to a business (landlord, utility) rather than to the family.</summary>
    [GeneratedRegex(@"\b(landlord|utility|company|(the|a) (office|shop|store|mechanic|provider|daycare|school)|property|manager|leasing|accepts|bill|apartment complex)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex PayeeWords { get; }

    private static readonly WordSet People = new(["mom", "dad", "her", "him", "them", "grandma", "grandpa", "grandmother", "grandfather", "mother", "father", "parents", "family", "aunt", "uncle"]);

    /// <summary>
    /// A payment app used to pay a business ("the landlord accepts Zelle") is how to pay, a private detail;
    /// sent to a person ("Venmo Grandma", "Cash App to Destiny") it is money for the family.
    /// </summary>
    public static bool PaysABusiness(ReviewContext context, TextSpan span)
    {
        var after = context.TokenAt(span.End);
        if (context.Is(after, "to"))
        {
            after++;
        }

        if (context.IsAny(after, "the", "this", "a"))
        {
            after++;
        }

        if (context.IsAny(after, People) && !context.IsAny(after + 1, "landlord", "utility", "company", "shop", "office", "property", "leasing", "mechanic"))
        {
            return false;
        }

        if (context.IsCapitalised(after) && !context.Tokens[after].SentenceStart)
        {
            return false;
        }

        // "please Venmo her …, or CashApp works too": one app sent to a person makes the sentence an ask for money.
        var (first, last) = context.SentenceOf(context.TokenAt(span.Start));
        for (var t = first; t < last; t++)
        {
            if (context.IsAny(t, "venmo", "zelle", "paypal", "cashapp") && context.IsAny(t + 1, People))
            {
                return false;
            }
        }

        var sentence = context.SentenceSpan(context.SentenceOf(context.TokenAt(span.Start)));
        return PayeeWords.IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    /// <summary>"The landlord accepts money orders": how a business is paid (a private detail), not money for the family.</summary>
    [GeneratedRegex(@"\b(accepts?|takes?|requires|prefers|only)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMs)]
    public static partial Regex AcceptsPayment { get; }

}

using System.Text.RegularExpressions;

namespace CarePortal.Review.Rules;

/// <summary>What the cash, gas-card and private-detail rules look for when money changes hands.</summary>
internal static class MoneyAsks
{
    public static readonly Regex GiftCard = Patterns.Make(@"\b(gift ?cards?|gift certificates?|prepaid (debit |credit |visa |mastercard |gift )?cards?|prepaid (visa|mastercard|debit|credit)|visa cards?|money orders?|cashier'?s checks?)\b", ignoreCase: true);

    public static readonly Regex Cash = Patterns.Make(@"\bcash\b", ignoreCase: true);

    public static readonly Regex PaymentApp = Patterns.Make(@"\b(cash ?app|venmo|paypal|zelle|apple pay|google pay)\b", ignoreCase: true);

    public static readonly Regex MoneyToFamily = Patterns.Make(
        @"\b(needs?|asking for|requesting|request|donations? of|donate) (some |extra |gas |grocery )?(money|funds)\b|\bgas money\b|\b(give|send|hand|provide|pick up|get|donate|mail|bring|drop off)( her| him| them| the family| mom| dad| the parents?)?( the| some| any)? (money|funds)\b|\b(give|send|hand|provide|mail)( her| him| them| the family| mom| dad| the parents?) \$ ?\d|\b(money|funds) (to|for) (her|him|them|mom|dad|the family|the parents?)\b|\bchecks? (made out|written|payable) to (her|him|mom|dad|the (mother|father|mom|dad|family|parents?))\b|\b(money order|check) made out to (her|him|mom|dad)\b",
        ignoreCase: true);

    public static readonly Regex GasCard = Patterns.Make(@"\b(gas|fuel|gasoline)( gift)? ?(cards?|vouchers?)\b", ignoreCase: true);

    /// <summary>Words that show a payment goes to a business (landlord, utility) rather than to the family.</summary>
    public static readonly Regex PayeeWords = Patterns.Make(@"\b(landlord|utility|company|(the|a) (office|shop|store|mechanic|provider|daycare|school)|property|manager|leasing|accepts|bill|apartment complex)\b", ignoreCase: true);

    private static readonly string[] People = ["mom", "dad", "her", "him", "them", "grandma", "grandpa", "grandmother", "grandfather", "mother", "father", "parents", "family", "aunt", "uncle"];

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

        var sentence = context.SentenceSpan(context.SentenceOf(context.TokenAt(span.Start)));
        return PayeeWords.IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    /// <summary>"The landlord accepts money orders": how a business is paid (a private detail), not money for the family.</summary>
    public static readonly Regex AcceptsPayment = Patterns.Make(@"\b(accepts?|takes|requires|prefers)\b", ignoreCase: true);

}

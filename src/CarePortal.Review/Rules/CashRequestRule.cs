using CarePortal.Review.Text;
using System.Buffers;
namespace CarePortal.Review.Rules;

/// <summary>
/// Asks for cash, a gift card, a prepaid card, a money order, a payment app or money handed to the family.
/// Paying a landlord, utility or daycare directly is the right way and does not fire.
/// </summary>
internal sealed class CashRequestRule : IRule
{
    public RuleInfo Info => RuleCatalog.CashRequest;

    private static readonly SearchValues<string> GiftCardHints = SearchValues.Create(["card", "certificate", "order", "check", "prepaid", "visa"], StringComparison.Ordinal);
    // "$" is looked for on its own: a hint of one character turns the vectorised search into a slower automaton.
    private static readonly SearchValues<string> MoneyHints = SearchValues.Create(["money", "funds", "check", "order", "dollars"], StringComparison.Ordinal);
    private static readonly SearchValues<string> OtherWordsHints = SearchValues.Create(["fund", "raise", "funding", "monies", "for $", "gas money", "grocery money", "anything helps"], StringComparison.Ordinal);
    private static readonly SearchValues<string> AppHints = SearchValues.Create(["app", "venmo", "paypal", "zelle", "pay"], StringComparison.Ordinal);

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var text = context.Text;
        var spans = new List<TextSpan>();
        foreach (var m in Patterns.MatchesIf(context.Mentions(GiftCardHints), MoneyAsks.GiftCard, text))
        {
            if (!IsGasCard(context, m.Index) && !IsHowABusinessIsPaid(context, new TextSpan(m.Index, m.Length)) && !WasGiven(context, context.TokenAt(m.Index)))
            {
                spans.Add(WithBrand(context, new TextSpan(m.Index, m.Length)));
            }
        }

        foreach (var m in text.Contains('$') || context.Mentions(MoneyHints) ? MoneyAsks.MoneyToFamily.Matches(context) : [])
        {
            var first = context.TokenAt(m.Start);
            // "money for food" asked for, not "left little money for food".
            if (context.IsAny(first, "money", "funds", "cash") && (!context.IsAsked(first) || context.IsAny(first - 1, "little", "no", "enough", "have", "had", "extra", "less", "more", "any")))
            {
                continue;
            }

            spans.Add(m);
        }

        foreach (var m in Patterns.MatchesIf(context.Mentions(OtherWordsHints), MoneyAsks.MoneyInOtherWords, text))
        {
            spans.Add(new TextSpan(m.Index, m.Length));
        }

        foreach (var m in Patterns.MatchesIf(context.Mentions("cash"), MoneyAsks.Cash, text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (!IsPartOfAppName(context, span) && !context.IsAny(context.TokenAt(span.Start) - 1, "saving", "saved", "save", "saves", "earned", "earn", "in")
                && !IsHowABusinessIsPaid(context, span))
            {
                spans.Add(span);
            }
        }

        foreach (var m in Patterns.MatchesIf(context.Mentions(AppHints), MoneyAsks.PaymentApp, text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (!MoneyAsks.PaysABusiness(context, span))
            {
                spans.Add(span);
            }
        }

        // "a Walmart card", "Kroger cards": a store's card is a gift card.
        var cards = context.Mentions("card") ? context.Tokens.Count : 0;
        for (var t = 1; t < cards; t++)
        {
            if (context.IsAny(t, "card", "cards") && context.IsStoreEnd(t - 1))
            {
                spans.Add(TextSpan.FromBounds(context.Tokens[t - 1].Start, context.Tokens[t].End));
            }
        }

        spans.RemoveAll(span => context.IsNegatedAt(span.Start));
        // "send money through Cash App" is one ask: join mentions a few words apart.
        foreach (var span in Spans.Merge(spans, (before, next) => next.Start <= before.End + 20))
        {
            findings.Add(Info.At(context, span));
        }
    }

    private static bool IsHowABusinessIsPaid(ReviewContext context, TextSpan span)
    {
        var word = context.LowerText.AsSpan(span.Start, span.Length);
        if (!(word.StartsWith("money order") || word.StartsWith("cashier") || word.SequenceEqual("cash")))
        {
            return false;
        }

        // "The landlord only takes money orders": the business's way of being paid, said just before the mention.
        var t = context.TokenAt(span.Start);
        var accepted = false;
        for (var k = t - 1; k >= Math.Max(0, t - 3); k--)
        {
            accepted |= context.IsAny(k, "take", "takes", "accept", "accepts", "accepting", "requires", "prefers", "wants", "asks");
        }

        var sentence = context.SentenceSpan(context.SentenceOf(t));
        return accepted && MoneyAsks.PayeeWords.IsMatch(context.Text.AsSpan(sentence.Start, sentence.Length));
    }

    private static readonly WordSet GivenWords = new(["received", "used", "gave", "given", "got", "gives", "distributes", "distributed", "approved", "redeemed", "took", "bought", "purchased", "donated", "delivered", "awarded", "provides", "provided", "providing"]);

    /// <summary>"They each received a $50 gift card", "used their gift cards last year": a card given, told of, not asked for.</summary>
    private static bool WasGiven(ReviewContext context, int token)
    {
        if (context.IsAsked(token))
        {
            return false;
        }

        var (first, last) = context.SentenceOf(token);
        for (var t = first; t <= last; t++)
        {
            if (context.IsAny(t, GivenWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGasCard(ReviewContext context, int start)
    {
        var t = context.TokenAt(start);
        return context.IsAny(t - 1, "gas", "fuel", "gasoline");
    }

    /// <summary>"Visa gift card", "Kroger gift cards": the brand is part of the ask.</summary>
    private static TextSpan WithBrand(ReviewContext context, TextSpan span)
    {
        var t = context.TokenAt(span.Start);
        return context.IsCapitalised(t - 1) && !context.Tokens[t - 1].SentenceStart
            ? TextSpan.FromBounds(context.Tokens[t - 1].Start, span.End)
            : span;
    }

    /// <summary>"Cash App", "cash register", "cash flow", "a cash crunch", "quick cash": not an ask for cash.</summary>
    private static bool IsPartOfAppName(ReviewContext context, TextSpan span) =>
        context.IsAny(context.TokenAt(span.Start) + 1, "app", "register", "flow", "crunch", "back") || context.IsAny(context.TokenAt(span.Start) - 1, "quick", "petty");
}

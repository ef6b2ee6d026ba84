using CarePortal.Review.Text;
namespace CarePortal.Review.Rules;

/// <summary>A detail the partner needs to meet the need is not given (clothing sizes, a shoe size, a bed size …), from the need templates.</summary>
internal sealed class DetailsMissingRule : IRule
{
    public RuleInfo Info => RuleCatalog.DetailsMissing;

    private static readonly WordSet AskVerbs = new(["need", "needs", "needed", "requesting", "request", "requests", "asking", "asked", "like", "love", "want", "wants", "use", "appreciate", "wish", "hoping", "hopes", "requested", "getting", "help", "for", "lack", "lacks", "lacked", "lacking"]);

    /// <summary>"needs warm clothes", "asked for coats": the item is what is asked for, not "so the kids have clean clothes"; not "dress-up clothes".</summary>
    private static bool IsAskedFor(ReviewContext context, int item)
    {
        if (context.Is(item - 1, "up") && (context.IsAny(item - 2, "dress") || context.IsAny(item - 3, "dress")) || context.IsAny(item + 1, "up") || context.IsPunct(item + 1, '-') || ForADoll(context, item))
        {
            return false;
        }

        // The ask may open a long list ("needs help with food, utilities and medications, as well as clothing"): look back
        // through the sentence, but not past a clause of its own ("because", "when").
        var (first, last) = context.SentenceOf(item);
        for (var t = item - 1; t >= Math.Max(first, item - 16) && !context.IsPunct(t, '.') && !context.IsPunct(t, ';') && !context.IsPunct(t, '(') && !context.IsAny(t, ClauseOpeners); t--)
        {
            if (context.Is(t, "have") && context.Is(t - 1, "to") && WishedFor(context, t - 1))
            {
                return true; // "it would be wonderful to have new warm coats", "would love to have"
            }

            if ((context.IsAny(t, "have", "has", "had", "put", "destroyed", "lost", "no", "wash", "washes", "got", "received", "bought", "used") && !context.IsAny(t + 1, "cloths", "cloth"))
                || (context.Is(t, "help") && context.IsAny(t - 1, "received", "receiving", "got", "with")))
            {
                return false; // "received help with basic needs, like food and clothing"
            }

            if (context.IsAny(t, AskVerbs) && !context.Is(t, "for") && !IsNeedsNoun(context, t) && !LikeAsSuchAs(context, t) || (context.Is(t, "for") && (context.IsAny(t - 1, "asking", "asked", "hoping", "hopes", "request", "requests", "wish", "list", "grateful", "thankful") || AskedEarlier(context, t))))
            {
                return true;
            }
        }

        if (context.InItemsSection(item))
        {
            return true; // listed under "Critical items:" or "SUGGESTED GIFTS"
        }

        // "a new glove and cleats are needed", "Sheets are what the family needs most", "Clothes ... complete the gift list":
        // the ask after the item.
        var what = false;
        for (var t = item + 1; t <= Math.Min(last, item + 16) && !context.IsPunct(t, '.') && !context.IsPunct(t, ';'); t++)
        {
            what |= context.Is(t, "what");
            if (context.IsAny(t, "needed", "wanted", "requested", "requests", "welcome", "appreciated", "list", "suggestions", "suggested")
                || (what && context.IsAny(t, "need", "needs", "wants", "want")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"basic needs, like food and clothing", "things like coats": "like" as "such as" asks for nothing.</summary>
    private static bool LikeAsSuchAs(ReviewContext context, int t) =>
        context.Is(t, "like") && (context.IsPunct(t - 1, ',') || context.IsAny(t - 1, "things", "items", "needs", "essentials", "necessities", "supplies", "basics", "stuff"));

    /// <summary>Words that open a clause of their own: an ask before them is not this item's ("needs help with rent because her coats ...").</summary>
    private static readonly WordSet ClauseOpeners = new(["because", "since", "when", "while", "after", "although", "though", "who", "whose", "where"]);

    /// <summary>"would be wonderful to have", "would love to have", "hoping to have": a wish before "to have".</summary>
    private static bool WishedFor(ReviewContext context, int to)
    {
        for (var t = to - 1; t >= Math.Max(0, to - 5) && context.IsWord(t); t--)
        {
            if (context.IsAny(t, "would", "'d", "love", "like", "hoping", "hope", "hopes", "wish", "wishes"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"medical needs, clothing", "other needs": "needs" as a noun asks for nothing.</summary>
    private static bool IsNeedsNoun(ReviewContext context, int t) =>
        context.IsAny(t, "need", "needs") && (context.IsAny(t - 1, NeedAdjectives) || context.IsPunct(t + 1, ','));

    private static readonly WordSet NeedAdjectives = new(["medical", "special", "basic", "other", "hygiene", "household", "daily", "many", "their", "her", "his", "our", "your", "my", "family's", "financial", "emotional", "physical", "immediate"]);

    /// <summary>"doll clothing", "clothes for a Barbie doll", "a doll with clothing": clothes for a toy need no child's size.</summary>
    private static bool ForADoll(ReviewContext context, int item)
    {
        for (var t = Math.Max(0, item - 3); t <= Math.Min(context.Tokens.Count - 1, item + 4); t++)
        {
            if (t != item && context.IsAny(t, "doll", "dolls", "barbie", "barbies"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"hoping for help with the bills and also for some clothes": a "for" that continues an ask made earlier in the sentence.</summary>
    private static bool AskedEarlier(ReviewContext context, int forToken)
    {
        if (!context.IsAny(forToken - 1, "also", "and", ",") && !context.IsPunct(forToken - 1, ','))
        {
            return false;
        }

        var (first, _) = context.SentenceOf(forToken);
        for (var t = forToken - 2; t >= first; t--)
        {
            if (context.IsAny(t, "hoping", "hopes", "asking", "asked", "grateful", "thankful", "needs", "need", "requesting"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AskedFor(ReviewContext context, NeedCheck check, string text, IReadOnlyList<NeedCheck>? covered = null)
    {
        foreach (var when in check.When)
        {
            if (when.Words is { } words)
            {
                var whole = true;
                for (var t = words.Next(context, 0); t >= 0 && whole; t = words.Next(context, t + 1))
                {
                    // The cover is judged where the expression's match starts: a token's start, unless the item is a part of
                    // the token after an apostrophe ("o'clothes"), which the expression below finds as it is.
                    whole = covered is null || context.Lower(t).IndexOfAny('\'', '\u2019') < 0;
                    if (whole && (covered is null || !CoveredAt(covered, text, context.Tokens[t].Start)) && IsAskedFor(context, t))
                    {
                        return true;
                    }
                }

                if (whole)
                {
                    continue;
                }
            }

            for (var m = when.Match(text); m.Success; m = m.NextMatch())
            {
                if ((covered is null || !CoveredAt(covered, text, m.Index)) && IsAskedFor(context, context.TokenAt(m.Index)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether one of the need's own checks speaks of the item at <paramref name="index"/> ("newborn clothes" in a
    /// baby-items request: the baby's clothes are sized by months, its own check, not by the clothing need's).</summary>
    private static bool CoveredAt(IReadOnlyList<NeedCheck> own, string text, int index)
    {
        foreach (var check in own)
        {
            foreach (var when in check.When)
            {
                for (var m = when.Match(text); m.Success && m.Index <= index; m = m.NextMatch())
                {
                    if (m.Index == index)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var text = context.LowerText;
        var given = context.DetailsText; // a size in the children's rows is a size given
        foreach (var check in context.Need.Checks)
        {
            // A need that is not about the children's things ("other") checks an item only where it is asked for.
            if (context.Need.AgeAppropriate ? Array.Exists(check.When, r => r.IsMatch(context)) && !check.Met(given)
                : AskedFor(context, check, text) && !check.Met(given))
            {
                findings.Add(Info.Document(context, $"{Info.Why} Missing: {check.Missing}. {check.Question}") with { Replacement = null });
            }
        }

        // "The children need winter coats" in a rent request, "toys and clothing for two young girls" in a bed request:
        // another need's item asked for needs its detail all the same.
        foreach (var check in context.SharedChecks)
        {
            if (context.Need.Checks.Any(c => c.Id == check.Id))
            {
                continue;
            }

            // The item first (most descriptions name none), the detail only then.
            if (AskedFor(context, check, text, context.Need.AgeAppropriate ? context.Need.Checks : null) && !check.Met(given))
            {
                findings.Add(Info.Document(context, $"{Info.Why} Missing: {check.Missing}. {check.Question}") with { Replacement = null });
                return;
            }
        }
    }
}

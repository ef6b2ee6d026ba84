namespace CarePortal.Review.Rules;

/// <summary>A gas card: allowed, but only with the supervisor's approval.</summary>
internal sealed class GasCardRule : IRule
{
    public RuleInfo Info => RuleCatalog.GasCard;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var m in Patterns.MatchesIf(context.Mentions("card", "voucher", "certificate"), MoneyAsks.GasCard, context.Text))
        {
            if (!context.IsNegatedAt(m.Index))
            {
                findings.Add(Info.At(context, new TextSpan(m.Index, m.Length)));
            }
        }
    }
}

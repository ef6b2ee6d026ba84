using System.Buffers;
namespace CarePortal.Review.Rules;

/// <summary>A gas card: allowed, but only with the supervisor's approval.</summary>
internal sealed class GasCardRule : IRule
{
    public RuleInfo Info => RuleCatalog.GasCard;

    private static readonly SearchValues<string> Hints = SearchValues.Create(["card", "voucher", "certificate"], StringComparison.Ordinal);

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var m in Patterns.MatchesIf(context.Mentions(Hints), MoneyAsks.GasCard, context.Text))
        {
            if (!context.IsNegatedAt(m.Index))
            {
                findings.Add(Info.At(context, new TextSpan(m.Index, m.Length)));
            }
        }
    }
}

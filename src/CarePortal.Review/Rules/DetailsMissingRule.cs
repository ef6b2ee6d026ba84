namespace CarePortal.Review.Rules;

/// <summary>A detail the partner needs to meet the need is not given (clothing sizes, a shoe size, a bed size …), from the need templates.</summary>
internal sealed class DetailsMissingRule : IRule
{
    public RuleInfo Info => RuleCatalog.DetailsMissing;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        var text = context.LowerText;
        foreach (var check in context.Need.Checks)
        {
            if (Array.Exists(check.When, r => r.IsMatch(text)) && !Array.Exists(check.Require, r => r.IsMatch(text)))
            {
                findings.Add(Info.Document(context, $"{Info.Why} Missing: {check.Missing}. {check.Question}") with { Replacement = null });
            }
        }
    }
}

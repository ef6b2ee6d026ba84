namespace CarePortal.Review.Rules;

/// <summary>Names a specific service or treatment (rehab, drug screens, anger management …) from the services list.</summary>
internal sealed class ConfidentialServiceRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialService;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var match in context.Services)
        {
            findings.Add(Info.At(context, match.Span, replacement: "services"));
        }
    }
}

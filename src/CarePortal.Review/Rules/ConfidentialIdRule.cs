namespace CarePortal.Review.Rules;

/// <summary>SSNs, case numbers, dates of birth, account and ID numbers, license plates.</summary>
internal sealed class ConfidentialIdRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialId;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var id in context.Identifiers)
        {
            findings.Add(Private.Remove(Info, context, id.Span));
        }
    }
}

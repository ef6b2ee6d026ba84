namespace CarePortal.Review.Rules;

/// <summary>Names of family members (first or last), found by <see cref="NameFinder"/>.</summary>
internal sealed class ConfidentialNameRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialName;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var span in context.Names)
        {
            findings.Add(Info.At(context, span, replacement: "[name]"));
        }
    }
}

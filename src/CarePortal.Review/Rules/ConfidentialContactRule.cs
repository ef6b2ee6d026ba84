namespace CarePortal.Review.Rules;

/// <summary>Phone numbers in every common format, emails, web addresses and social-media handles.</summary>
internal sealed class ConfidentialContactRule : IRule
{
    public RuleInfo Info => RuleCatalog.ConfidentialContact;

    public void Check(ReviewContext context, List<Finding> findings)
    {
        foreach (var span in context.Contacts)
        {
            findings.Add(Info.At(context, span, replacement: "[contact the caseworker]"));
        }
    }
}
